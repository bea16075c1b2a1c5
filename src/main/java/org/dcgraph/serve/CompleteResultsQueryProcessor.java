package org.dcgraph.serve;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dcgraph.query.AggregateTooLargeException;
import org.dcgraph.query.FunctionGuard;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.ResultTooLargeException;
import org.dcgraph.query.ServiceGuard;

/**
 * Fuseki's SPARQL query processing, except that every answer is read to its end before the response starts, and
 * refused when it has more results than {@link QueryLimits#maxResults}.
 * <p>
 * Fuseki streams rows as the query yields them. When the time limit strikes mid-stream, status 200 has already
 * gone out, and the client gets a cut-off result with a comment appended, which most parsers fail on or, worse,
 * accept. Reading first moves every timeout before the first byte, where Fuseki answers 503 "Query timed out".
 * <p>
 * An answer over the size limit gets 422 and a message, rather than its first rows with a truncation flag: a flag
 * in a header or a comment is invisible to the usual clients (SPARQLWrapper, rdflib, Jena itself), which would take
 * the rows for the whole answer. Reading stops at the limit, so an answer held whole never exceeds it; writing it
 * out is then bounded too.
 */
final class CompleteResultsQueryProcessor extends SPARQL_QueryDataset {
    /** The status of an answer over the size limit: the query is well-formed, but this server will not answer it whole. */
    static final int TOO_LARGE = 422;
    private static final String ADVICE = ": narrow the query, or page through the answer with LIMIT and OFFSET";

    private final QueryLimits limits;
    private final QueryGate gate;

    CompleteResultsQueryProcessor(QueryLimits limits, QueryGate gate) {
        this.limits = limits;
        this.gate = gate;
    }

    /**
     * ARQ's parser and algebra compiler recurse once per nested group, UNION branch or path step; 20,000 of them
     * overflow the thread's stack, which Fuseki answered 500. The stack unwinds cleanly, so the thread is fine.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        action.getRequest().setAttribute(RequestLog.QUERY, queryString);
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            tooDeep();
        } catch (ActionErrorException e) {
            // Fuseki catches an overflow while parsing itself, and answers with the error's class name.
            if (e.getRC() == HttpServletResponse.SC_BAD_REQUEST && StackOverflowError.class.getSimpleName().equals(e.getMessage()))
                tooDeep();
            throw e;
        }
    }

    private static void tooDeep() {
        ServletOps.errorBadRequest("The query is nested too deeply to be read (too many groups, UNION branches or path steps in one"
                + " expression): write it with fewer levels, or use VALUES");
    }

    /** A query naming a function this service does not offer (a {@code java:} class, {@code afn:wait}) is refused whole. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refused = FunctionGuard.firstRefused(query);
        if (refused != null)
            ServletOps.errorBadRequest("The function <" + refused + "> is not offered by this service: "
                    + "SPARQL's own functions and Jena's standard library are");
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try {
            return gate.run(() -> readWhole(action, queryExec, requestQuery, queryStringLog));
        } catch (QueryGate.BusyException e) {
            ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return null; // not reached: error() throws
        }
    }

    private QueryExecResult readWhole(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try {
            try {
                return readAll(action, queryExec, requestQuery, queryStringLog);
            } catch (ServiceGuard.Failure e) {
                throw e.failure(); // answered below, or by Fuseki (a refusal), as when the call is outside a filter
            }
        } catch (ResultTooLargeException e) {
            ServletOps.error(TOO_LARGE, e.getMessage() + ADVICE);
        } catch (AggregateTooLargeException e) {
            ServletOps.error(TOO_LARGE, e.getMessage() + ": group by more, or concatenate fewer or shorter values");
        } catch (QueryExceptionHTTP e) {
            // Fuseki would answer with the remote endpoint's status as its own: a 404 there would read as "no
            // /sparql here", a redirect as one of ours (without a Location).
            ServletOps.error(HttpServletResponse.SC_BAD_GATEWAY, "A SERVICE call failed: the remote endpoint answered "
                    + e.getStatusCode() + " " + e.getStatusLine() + (e.getStatusCode() / 100 == 3 ? " (redirects are not followed)" : ""));
        }
        return null; // not reached: error() throws
    }

    private QueryExecResult readAll(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Binding> read = limits.readAtMost(rows, "the answer", "rows");
            return new QueryExecResult(RowSetMem.create(RowSetStream.create(rows.getResultVars(), read.iterator())));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph answer = DatasetGraphFactory.create();
            limits.readAtMost(queryExec.constructQuads(), "the answer", "statements").forEach(answer::add);
            return new QueryExecResult(answer);
        }
        if (requestQuery.isDescribeType()) {
            Graph answer = GraphFactory.createDefaultGraph();
            List<Triple> triples = limits.readAtMost(queryExec.describeTriples(), "the answer", "statements");
            triples.forEach(answer::add);
            return new QueryExecResult(answer);
        }
        if (requestQuery.isJsonType()) // ARQ's JSON query form streams the same way
            return new QueryExecResult(limits.readAtMost(queryExec.execJsonItems(), "the answer", "items").iterator());
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog); // ASK: one value
    }
}
