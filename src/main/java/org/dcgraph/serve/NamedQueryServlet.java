package org.dcgraph.serve;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.RowSet;
import org.dcgraph.query.AggregateTooLargeException;
import org.dcgraph.query.BadParameterException;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.Page;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryParameter;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.query.QueryTimeoutException;
import org.dcgraph.query.ResultFormat;
import org.dcgraph.query.ResultTooLargeException;
import org.dcgraph.query.UnknownQueryException;

/**
 * {@code GET /queries} lists the catalogue as JSON; {@code GET /queries/{name}} runs a named query with the
 * query-string parameters, answering in the format of {@code format=} or else of the Accept header, the page of the
 * answer that {@code offset=} and {@code limit=} ask for, or else all of it.
 */
final class NamedQueryServlet extends HttpServlet {
    static final String PATH = "/queries";
    private static final String FORMAT_PARAMETER = "format";
    /** Media types offered, in order of preference: a wildcard Accept header gets the first, SPARQL JSON. */
    private static final List<Map.Entry<String, ResultFormat>> OFFERED = List.of(
            Map.entry(ResultFormat.JSON.mediaType(), ResultFormat.JSON),
            Map.entry(WebContent.contentTypeJSON, ResultFormat.JSON),
            Map.entry(ResultFormat.XML.mediaType(), ResultFormat.XML),
            Map.entry(WebContent.contentTypeXML, ResultFormat.XML),
            Map.entry(ResultFormat.CSV.mediaType(), ResultFormat.CSV),
            Map.entry(ResultFormat.TSV.mediaType(), ResultFormat.TSV));
    private static final AcceptList OFFER = AcceptList.create(OFFERED.stream().map(Map.Entry::getKey).toArray(String[]::new));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient QueryCatalogue catalogue;
    private final transient QueryRunner runner;
    private final transient QueryGate gate;

    NamedQueryServlet(QueryCatalogue catalogue, QueryRunner runner, QueryGate gate) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.gate = gate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            listCatalogue(response);
            return;
        }
        try {
            NamedQuery query = catalogue.get(path.substring(1));
            ResultFormat format = chooseFormat(request, query);
            Map<String, String> parameters = parameters(request, query);
            Page page = Page.of(query.name(), parameters.remove(Page.OFFSET), parameters.remove(Page.LIMIT));
            RowSet rows = gate.run(() -> runner.run(query, parameters, page));
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(format.mediaType());
            response.setCharacterEncoding("UTF-8");
            format.write(response.getOutputStream(), rows);
        } catch (UnknownQueryException e) {
            PlainTextError.send(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (BadParameterException e) {
            PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryTimeoutException e) {
            PlainTextError.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (ResultTooLargeException e) {
            PlainTextError.send(response, CompleteResultsQueryProcessor.TOO_LARGE,
                                e.getMessage() + ": page through it with offset= and limit=");
        } catch (AggregateTooLargeException e) {
            PlainTextError.send(response, CompleteResultsQueryProcessor.TOO_LARGE, e.getMessage());
        } catch (QueryGate.BusyException e) {
            PlainTextError.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (RuntimeException e) {
            if (!causedBy(e, TextIndexParseException.class)) throw e;
            // Lucene's message names its parser's internals and echoes the whole internal query; this says what to do.
            PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST, "The search words could not be read as a search:"
                    + " brackets and quotes must be balanced and operators (AND, OR, NOT) few; put words in double quotes to search for them as written");
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause())
            if (kind.isInstance(t)) return true;
        return false;
    }

    private static ResultFormat chooseFormat(HttpServletRequest request, NamedQuery query) {
        String name = request.getParameter(FORMAT_PARAMETER);
        if (name != null)
            return ResultFormat.forName(name).orElseThrow(() ->
                    new BadParameterException(query.name(), FORMAT_PARAMETER, "'" + name + "' is not one of " + ResultFormat.shortNames()));
        String accept = request.getHeader("Accept");
        MediaType chosen = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFER);
        // Like Fuseki's /sparql: no Accept header, or one that matches nothing, gets the default rather than a 406.
        if (chosen == null)
            return ResultFormat.JSON;
        return OFFERED.stream().filter(offered -> offered.getKey().equals(chosen.getContentTypeStr()))
                      .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    /** The query-string parameters other than {@code format}, each given once (the page's among them). */
    private static Map<String, String> parameters(HttpServletRequest request, NamedQuery query) {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals(FORMAT_PARAMETER))
                return;
            if (values.length > 1)
                throw new BadParameterException(query.name(), name, "given " + values.length + " times; give it once");
            parameters.put(name, values[0]);
        });
        return parameters;
    }

    private void listCatalogue(HttpServletResponse response) throws IOException {
        List<Map<String, Object>> entries = catalogue.all().stream().map(NamedQueryServlet::describe).toList();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(WebContent.contentTypeJSON);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), entries);
    }

    private static Map<String, Object> describe(NamedQuery query) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", query.name());
        entry.put("title", query.title());
        entry.put("answers", query.answers());
        entry.put("params", query.parameters().stream().map(NamedQueryServlet::describe).toList());
        entry.put("columns", query.columns());
        return entry;
    }

    private static Map<String, Object> describe(QueryParameter parameter) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", parameter.name());
        entry.put("datatype", parameter.type().declared());
        entry.put("required", parameter.required());
        entry.put("description", parameter.description());
        return entry;
    }
}
