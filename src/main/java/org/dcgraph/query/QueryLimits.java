package org.dcgraph.query;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;

/**
 * What any query run by this service may do: how long it may run, and which remote endpoints its {@code SERVICE}
 * clauses may call (none by default). The same limits apply to named queries and to the SPARQL endpoint.
 *
 * @param timeout         overall time limit of one query, from start to last row
 * @param allowedServices endpoint IRIs that {@code SERVICE} may call, exactly as written in queries
 */
public record QueryLimits(Duration timeout, Set<String> allowedServices) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("query time limit must be positive: " + timeout);
        allowedServices = Set.copyOf(allowedServices);
    }

    /** Ten seconds, no remote endpoints. */
    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, Set.of());
    }

    /** The limits as ARQ context settings, for a Fuseki endpoint, which merges them over the dataset's context. */
    public Context asContext() {
        Context context = new Context();
        context.set(ARQ.queryTimeout, timeout.toMillis());
        context.set(ARQConstants.registryServiceExecutors, ServiceGuard.registry(allowedServices));
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
