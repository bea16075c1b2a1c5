package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dcgraph.serve.PlainTextError;

/** A request this service will not answer as asked, with the status and a message naming the request and why. */
final class RefusedRequest extends RuntimeException {
    private final int status;

    RefusedRequest(int status, HttpServletRequest request, String reason) {
        super(request.getMethod() + " " + request.getRequestURI() + ": " + reason);
        this.status = status;
    }

    static RefusedRequest notFound(HttpServletRequest request, String iri) {
        return new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request, "the graph has no resource <" + iri + ">");
    }

    void send(HttpServletResponse response) throws IOException {
        PlainTextError.send(response, status, getMessage());
    }
}
