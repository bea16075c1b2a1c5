package org.dcgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.jena.riot.web.HttpNames;

/**
 * Gives Fuseki the media type a SPARQL client means by a format name Fuseki does not know: SPARQLWrapper asks for
 * RDF/XML with {@code output=rdf+xml}, which Fuseki answered with 400. The names and their media types are data
 * ({@code output-aliases.properties}); a name Fuseki knows, or a full media type, passes unchanged. Only requests of
 * the SPARQL protocol are touched: the named queries take {@code format=csv} in their own sense.
 */
final class OutputAliases implements Filter {
    private static final Set<String> OUTPUT_PARAMETERS = Set.of(HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3);
    private static final Map<String, String> ALIASES = load();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        chain.doFilter(isSparqlProtocol(http) && namesAnAlias(http) ? new Aliased(http) : request, response);
    }

    /** The media type a format name means, or the name itself when it is not an alias. */
    static String mediaType(String name) {
        return name == null ? null : ALIASES.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name);
    }

    private static boolean isSparqlProtocol(HttpServletRequest request) {
        return request.getRequestURI().startsWith(SparqlEndpoint.PATH) || request.getParameter(HttpNames.paramQuery) != null;
    }

    private static boolean namesAnAlias(HttpServletRequest request) {
        return OUTPUT_PARAMETERS.stream().map(request::getParameter).anyMatch(v -> v != null && !mediaType(v).equals(v));
    }

    private static Map<String, String> load() {
        Properties aliases = new Properties();
        try (InputStream in = OutputAliases.class.getResourceAsStream("output-aliases.properties")) {
            aliases.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        aliases.stringPropertyNames().forEach(k -> map.put(k.toLowerCase(Locale.ROOT), aliases.getProperty(k)));
        return Map.copyOf(map);
    }

    /** The request with each output parameter's value replaced by the media type it names. */
    private static final class Aliased extends HttpServletRequestWrapper {
        Aliased(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return OUTPUT_PARAMETERS.contains(name) ? mediaType(value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null || !OUTPUT_PARAMETERS.contains(name)) return values;
            String[] mapped = values.clone();
            for (int i = 0; i < mapped.length; i++) mapped[i] = mediaType(mapped[i]);
            return mapped;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            OUTPUT_PARAMETERS.forEach(name -> map.computeIfPresent(name, (k, v) -> getParameterValues(k)));
            return Collections.unmodifiableMap(map);
        }
    }
}
