package org.dcgraph.pipeline;

import org.dcgraph.extract.SourceFile;

/**
 * Turns the bytes of an input file into the text the normaliser reads: a PDF through its text layer, anything
 * else as text in the encoding {@link TextDecoder} finds. Each refusal says why, since the user has to fix the
 * file.
 */
public final class SourceReader {
    /**
     * The largest file accepted, checked before a file is read: the UN's longest reports are a few megabytes as
     * PDF, so anything this large is not a document.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceReader() {}

    public static SourceFile read(NamedBytes file) throws UnreadableSourceException {
        return read(file, null);
    }

    /** As {@link #read(NamedBytes)}, with the SHA-256 of the bytes when the caller computed it already (null if not). */
    static SourceFile read(NamedBytes file, String sha256) throws UnreadableSourceException {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) throw new UnreadableSourceException("empty file");
        if (bytes.length > MAX_BYTES) throw new UnreadableSourceException(tooLarge(bytes.length));
        String text = PdfText.isPdf(bytes) ? PdfText.extract(bytes) : TextDecoder.decode(bytes);
        if (text.isBlank()) throw new UnreadableSourceException("file holds only white space");
        return sha256 == null ? SourceFile.decoded(file.name(), text, bytes) : SourceFile.decoded(file.name(), text, sha256);
    }

    /** The refusal of a file of the given size. */
    public static String tooLarge(long size) {
        return "file of " + megabytes(size) + " is larger than the limit of " + megabytes(MAX_BYTES) + " for one document";
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }
}
