package org.dcgraph.query;

/** The answer has more rows or statements than {@link QueryLimits#maxResults}; it is refused whole, not cut short. */
public final class ResultTooLargeException extends NamedQueryException {
    public ResultTooLargeException(String subject, int limit, String unit) {
        super(subject + " has more than " + limit + " " + unit + ", the most this server gives in one answer");
    }
}
