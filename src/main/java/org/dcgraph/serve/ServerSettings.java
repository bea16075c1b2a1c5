package org.dcgraph.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;

/**
 * How to run the server.
 *
 * @param port            TCP port; 0 takes any free port
 * @param queryTimeout    time limit of every query, SPARQL or named
 * @param catalogue       the named queries served under {@code /queries/}
 * @param allowedServices remote endpoint IRIs that a query's {@code SERVICE} may call; empty means none
 * @param bindAddress     host or address to listen on; null listens on all interfaces, which suits a service
 *                        whose every route is read-only
 * @param maxResults      most rows or statements of one query's answer (see {@link QueryLimits#maxResults})
 * @param maxThreads      most threads of the HTTP server, Jetty's acceptors and selectors included; requests
 *                        beyond what the rest can take wait in Jetty's queue
 * @param concurrentQueries most queries (SPARQL or named) running at once; others wait their turn up to the time
 *                        limit (see {@link QueryGate})
 */
public record ServerSettings(int port, Duration queryTimeout, QueryCatalogue catalogue, Set<String> allowedServices,
                             String bindAddress, int maxResults, int maxThreads, int concurrentQueries) {
    public static final int DEFAULT_PORT = 3030;
    /**
     * Enough for 64 clients at once with Jetty's own threads besides. Queries are CPU work, so more threads than
     * that add no throughput on a few cores, only memory: each may hold an answer of up to {@code maxResults}.
     */
    public static final int DEFAULT_MAX_THREADS = 80;
    /**
     * Two per core: enough to keep every core busy while another query waits on the disk, few enough that each
     * query runs in about the time it takes alone.
     */
    public static final int DEFAULT_CONCURRENT_QUERIES = 2 * Runtime.getRuntime().availableProcessors();
    /** Jetty keeps some threads for accepting connections and selecting on them; fewer than this leaves none for requests. */
    public static final int MIN_THREADS = 8;

    public ServerSettings {
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(catalogue, "catalogue");
        if (maxThreads < MIN_THREADS)
            throw new IllegalArgumentException("the server needs at least " + MIN_THREADS + " threads, not " + maxThreads);
        if (concurrentQueries < 1)
            throw new IllegalArgumentException("at least one query must be able to run, not " + concurrentQueries);
        allowedServices = Set.copyOf(allowedServices);
    }

    /** Port 3030, a ten-second limit, 100,000 results, no remote endpoints, all interfaces, 80 threads, two queries per core. */
    public static ServerSettings defaults(QueryCatalogue catalogue) {
        return new ServerSettings(DEFAULT_PORT, QueryLimits.DEFAULT_TIMEOUT, catalogue, Set.of(), null,
                                  QueryLimits.DEFAULT_MAX_RESULTS, DEFAULT_MAX_THREADS,
                                  DEFAULT_CONCURRENT_QUERIES);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(newPort, queryTimeout, catalogue, allowedServices, bindAddress, maxResults, maxThreads, concurrentQueries);
    }

    public ServerSettings withQueryTimeout(Duration newTimeout) {
        return new ServerSettings(port, newTimeout, catalogue, allowedServices, bindAddress, maxResults, maxThreads, concurrentQueries);
    }

    public ServerSettings withAllowedServices(Set<String> newAllowedServices) {
        return new ServerSettings(port, queryTimeout, catalogue, newAllowedServices, bindAddress, maxResults, maxThreads, concurrentQueries);
    }

    public ServerSettings withBindAddress(String newBindAddress) {
        return new ServerSettings(port, queryTimeout, catalogue, allowedServices, newBindAddress, maxResults, maxThreads, concurrentQueries);
    }

    public ServerSettings withMaxResults(int newMaxResults) {
        return new ServerSettings(port, queryTimeout, catalogue, allowedServices, bindAddress, newMaxResults, maxThreads, concurrentQueries);
    }

    public ServerSettings withMaxThreads(int newMaxThreads) {
        return new ServerSettings(port, queryTimeout, catalogue, allowedServices, bindAddress, maxResults, newMaxThreads, concurrentQueries);
    }

    public ServerSettings withConcurrentQueries(int newConcurrentQueries) {
        return new ServerSettings(port, queryTimeout, catalogue, allowedServices, bindAddress, maxResults, maxThreads, newConcurrentQueries);
    }

    QueryLimits queryLimits() {
        return new QueryLimits(queryTimeout, allowedServices, maxResults);
    }
}
