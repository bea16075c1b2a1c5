package org.dcgraph.query;

/** A parameter that is missing, not declared by the query, or not a valid value of its declared type. */
public final class BadParameterException extends NamedQueryException {
    public BadParameterException(String queryName, String parameter, String problem) {
        super("query '" + queryName + "', parameter '" + parameter + "': " + problem);
    }
}
