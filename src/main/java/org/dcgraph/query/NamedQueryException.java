package org.dcgraph.query;

/**
 * A request for a named query that cannot be answered. Its message is one line meant for the person who made the
 * request; the HTTP layer turns each subtype into a status code, the command line into its exit message.
 */
public abstract sealed class NamedQueryException extends RuntimeException
        permits UnknownQueryException, BadParameterException, QueryTimeoutException, ResultTooLargeException,
                AggregateTooLargeException {
    protected NamedQueryException(String message) {
        super(message);
    }
}
