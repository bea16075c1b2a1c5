package org.dcgraph.serve.linked;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Picks a representation: {@code format=} when given, else the Accept header. */
final class Negotiation {
    static final String FORMAT = "format";

    private Negotiation() {}

    static Representation choose(HttpServletRequest request, Representation... offered) {
        String format = request.getParameter(FORMAT);
        if (format != null)
            return Representation.named(format).filter(r -> Arrays.asList(offered).contains(r))
                    .orElseThrow(() -> new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, request,
                            "format '" + format + "' is not one of " + extensions(offered)));
        String accept = request.getHeader("Accept");
        return Representation.negotiate(accept, offered).orElseThrow(() -> new RefusedRequest(
                HttpServletResponse.SC_NOT_ACCEPTABLE, request, "Accept '" + accept + "' matches none of "
                + Arrays.stream(offered).map(Representation::mediaType).collect(Collectors.joining(", "))));
    }

    private static String extensions(Representation... offered) {
        return Arrays.stream(offered).map(Representation::extension).collect(Collectors.joining(", "));
    }
}
