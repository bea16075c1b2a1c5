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
 */
public record ServerSettings(int port, Duration queryTimeout, QueryCatalogue catalogue, Set<String> allowedServices,
                             String bindAddress) {
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(catalogue, "catalogue");
        allowedServices = Set.copyOf(allowedServices);
    }

    /** Port 3030, a ten-second limit, no remote endpoints, all interfaces. */
    public static ServerSettings defaults(QueryCatalogue catalogue) {
        return new ServerSettings(DEFAULT_PORT, QueryLimits.DEFAULT_TIMEOUT, catalogue, Set.of(), null);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(newPort, queryTimeout, catalogue, allowedServices, bindAddress);
    }

    public ServerSettings withQueryTimeout(Duration newTimeout) {
        return new ServerSettings(port, newTimeout, catalogue, allowedServices, bindAddress);
    }

    public ServerSettings withAllowedServices(Set<String> newAllowedServices) {
        return new ServerSettings(port, queryTimeout, catalogue, newAllowedServices, bindAddress);
    }

    public ServerSettings withBindAddress(String newBindAddress) {
        return new ServerSettings(port, queryTimeout, catalogue, allowedServices, newBindAddress);
    }

    QueryLimits queryLimits() {
        return new QueryLimits(queryTimeout, allowedServices);
    }
}
