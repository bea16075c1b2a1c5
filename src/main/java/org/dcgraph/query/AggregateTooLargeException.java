package org.dcgraph.query;

/** A query's {@code GROUP_CONCAT}s together built longer strings than {@link AggregateGuard#MAX_CONCAT_CHARS}. */
public final class AggregateTooLargeException extends NamedQueryException {
    AggregateTooLargeException(long limit) {
        super("The query's GROUP_CONCAT would build more than " + limit + " characters, the most this server builds"
              + " for one query");
    }
}
