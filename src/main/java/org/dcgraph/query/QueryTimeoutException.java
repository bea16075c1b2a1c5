package org.dcgraph.query;

import java.time.Duration;

/** The query ran past its time limit and was stopped; no partial result is given. */
public final class QueryTimeoutException extends NamedQueryException {
    public QueryTimeoutException(String queryName, Duration limit) {
        super("query '" + queryName + "' timed out after " + limit.toMillis() + " ms and was stopped");
    }
}
