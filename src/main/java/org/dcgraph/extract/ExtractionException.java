package org.dcgraph.extract;

/** A source the extractor cannot use, with the reason in words a user can act on. */
public final class ExtractionException extends Exception {
    public ExtractionException(String reason) {
        super(reason);
    }
}
