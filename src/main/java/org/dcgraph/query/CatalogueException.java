package org.dcgraph.query;

/** A query file or the catalogue index that cannot be used as written: a fault of the deployment, not of a request. */
public final class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
