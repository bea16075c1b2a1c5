package org.dcgraph.pipeline;

/** A file whose bytes give no text to read, with the reason in words the person who sent it can act on. */
public final class UnreadableSourceException extends Exception {
    public UnreadableSourceException(String reason) {
        super(reason);
    }
}
