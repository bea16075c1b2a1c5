package org.dcgraph.extract;

import java.nio.charset.StandardCharsets;
import org.dcgraph.Digests;

/**
 * A source file as read: its name (for reports only: names mean nothing), its text and the SHA-256
 * of its bytes, which identifies it in provenance and decides whether a store is out of date.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final String sha256;
    /** Whether every character is in the Basic Multilingual Plane, where char and code point offsets agree. */
    private final boolean basicPlaneOnly;

    private SourceFile(String name, String text, String sha256) {
        this(name, text, sha256, text.codePointCount(0, text.length()) == text.length());
    }

    private SourceFile(String name, String text, String sha256, boolean basicPlaneOnly) {
        this.name = name;
        this.text = text;
        this.sha256 = sha256;
        this.basicPlaneOnly = basicPlaneOnly;
    }

    public static SourceFile of(String name, byte[] bytes) {
        return new SourceFile(name, new String(bytes, StandardCharsets.UTF_8), Digests.sha256(bytes));
    }

    /**
     * A source whose text was decoded from bytes that are not UTF-8 (another encoding, or a PDF): the digest is
     * still that of the bytes as received, which is what provenance and the build fingerprint identify.
     */
    public static SourceFile decoded(String name, String text, byte[] bytes) {
        return decoded(name, text, Digests.sha256(bytes));
    }

    /** As {@link #decoded(String, String, byte[])}, with the digest of the bytes computed already: a build hashes each file once. */
    public static SourceFile decoded(String name, String text, String sha256) {
        return new SourceFile(name, text, sha256);
    }

    public String name() { return name; }

    /**
     * The same file without its text, which only extraction reads: a build keeps every document until it has linked
     * them all, and the texts of the General Assembly's record would take most of that memory.
     */
    public SourceFile withoutText() {
        return new SourceFile(name, null, sha256, basicPlaneOnly);
    }

    public String text() {
        if (text == null) throw new IllegalStateException(name + ": its text was let go once it was extracted");
        return text;
    }

    public String sha256() { return sha256; }

    /** Code point offset of a char offset, the unit Web Annotation selectors count in. */
    public int codePointOffset(int charOffset) {
        int offset = Math.min(charOffset, text().length());
        return basicPlaneOnly ? offset : text.codePointCount(0, offset);
    }
}
