package org.dcgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;

/**
 * What any query run by this service may do: how long it may run, how large its answer may be, and which remote
 * endpoints its {@code SERVICE} clauses may call (none by default). The same limits apply to named queries and to
 * the SPARQL endpoint.
 *
 * @param timeout         overall time limit of one query, from start to last row
 * @param allowedServices endpoint IRIs that {@code SERVICE} may call, exactly as written in queries
 * @param maxResults      most rows (SELECT) or statements (CONSTRUCT, DESCRIBE) one answer may have; an answer
 *                        with more is refused whole, never cut short
 */
public record QueryLimits(Duration timeout, Set<String> allowedServices, int maxResults) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Ten times the {@code documents} answer on the General Assembly record of sessions 75-78 (one row per language
     * version, about 7,700), and small enough that an answer held whole, as every answer here is, stays within tens
     * of MB.
     */
    public static final int DEFAULT_MAX_RESULTS = 100_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("query time limit must be positive: " + timeout);
        if (maxResults < 1)
            throw new IllegalArgumentException("the most results an answer may have must be at least 1: " + maxResults);
        allowedServices = Set.copyOf(allowedServices);
    }

    /** Ten seconds, {@value #DEFAULT_MAX_RESULTS} results, no remote endpoints. */
    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, Set.of(), DEFAULT_MAX_RESULTS);
    }

    /**
     * Every item, or {@link ResultTooLargeException} as soon as there are more than {@link #maxResults}: reading
     * stops there, so the refusal costs no more than the answer allowed.
     *
     * @param subject what is answered, for the message ("query 'documents'", "the answer")
     * @param unit    what the items are, for the message ("rows", "statements")
     */
    public <T> List<T> readAtMost(Iterator<T> items, String subject, String unit) {
        List<T> read = new ArrayList<>();
        while (items.hasNext()) {
            if (read.size() == maxResults)
                throw new ResultTooLargeException(subject, maxResults, unit);
            read.add(items.next());
        }
        return read;
    }

    /** The limits as ARQ context settings, for a Fuseki endpoint, which merges them over the dataset's context. */
    public Context asContext() {
        Context context = new Context();
        context.set(ARQ.queryTimeout, timeout.toMillis());
        context.set(ARQConstants.registryServiceExecutors, ServiceGuard.registry(allowedServices));
        context.set(Service.httpQueryClient, ServiceGuard.NO_REDIRECTS);
        FunctionGuard.addTo(context, timeout.toMillis());
        return context;
    }

    /**
     * Adds the limits to one execution. Added setting by setting, because the builder's {@code context(...)}
     * would replace the global and dataset context (and with it, for example, TDB2's union default graph).
     */
    void applyTo(QueryExecBuilder builder) {
        Context limits = asContext();
        limits.keys().forEach(symbol -> builder.set(symbol, limits.get(symbol)));
    }
}
