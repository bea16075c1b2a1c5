package org.dcgraph.extract;

import java.nio.charset.StandardCharsets;
import org.dcgraph.Digests;

/**
 * A source file as read: its name (for reports only: names mean nothing), its text and the SHA-256
 * of its bytes, which identifies it in provenance and decides whether a store is out of date.
 */
public record SourceFile(String name, String text, String sha256) {
    public static SourceFile of(String name, byte[] bytes) {
        return new SourceFile(name, new String(bytes, StandardCharsets.UTF_8), Digests.sha256(bytes));
    }


    /** Code point offset of a char offset, the unit Web Annotation selectors count in. */
    public int codePointOffset(int charOffset) {
        return text.codePointCount(0, Math.min(charOffset, text.length()));
    }
}
