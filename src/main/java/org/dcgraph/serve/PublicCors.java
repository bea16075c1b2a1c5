package org.dcgraph.serve;

import java.util.Set;
import java.util.function.IntSupplier;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin reads on the public port, so that a notebook or a web page on any site can query the service; nothing
 * more. Fuseki's own filter answered every origin with {@code Allow-Credentials: true} and let a preflight ask for
 * PUT and DELETE with {@code Authorization}, on the admin route too, which is why a web page could drive it. Here no
 * credentials, only the methods and headers reads need, and no CORS at all on the admin connector: a browser may not
 * read its answers, and a preflight there is refused.
 */
final class PublicCors extends CrossOriginHandler {
    private final IntSupplier adminPort;

    PublicCors(Handler next, IntSupplier adminPort) {
        this.adminPort = adminPort;
        setHandler(next);
        setAllowedOriginPatterns(Set.of("*"));
        setAllowCredentials(false);
        setAllowedMethods(Set.of("GET", "HEAD", "POST"));
        setAllowedHeaders(Set.of("Accept", "Content-Type", "Accept-Language"));
        setExposedHeaders(Set.of("Content-Type", "Content-Length", "Link", "Location"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.getLocalPort(request) == adminPort.getAsInt())
            return getHandler().handle(request, response, callback);
        return super.handle(request, response, callback);
    }
}
