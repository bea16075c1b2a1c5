package org.dcgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;

/**
 * The one route that changes data: {@code POST /admin/ingest} adds a document to the running server's store. It is
 * served only on a connector of its own, bound to the loopback interface unless the operator binds it wider, which
 * is allowed only with a token that every request must then carry.
 *
 * @param bindAddress host or address of the admin connector
 * @param port        its port; 0 takes any free port
 * @param token       the bearer token requests must carry, or null (loopback only)
 */
public record AdminRoute(String bindAddress, int port, String token, Store store, Ingester ingester) {
    public static final String LOOPBACK = "127.0.0.1";

    public AdminRoute {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(ingester, "ingester");
        if (token != null && token.isBlank()) token = null;
        if (token == null && !isLoopback(bindAddress)) {
            throw new IllegalArgumentException("the admin route listens beyond the loopback interface (" + bindAddress
                    + ") only with a token (--admin-token, or DCGRAPH_ADMIN_TOKEN)");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
