package org.dcgraph.query;

/** No query of that name in the catalogue. */
public final class UnknownQueryException extends NamedQueryException {
    public UnknownQueryException(String name) {
        super("no named query '" + name + "'");
    }
}
