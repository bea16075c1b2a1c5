package org.dcgraph.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query processing, except that a SELECT result is read to its end before the response starts.
 * <p>
 * Fuseki streams rows as the query yields them. When the time limit strikes mid-stream, status 200 has already
 * gone out, and the client gets a cut-off result with a comment appended, which most parsers fail on or, worse,
 * accept. Reading first moves every timeout before the first byte, where Fuseki answers 503 "Query timed out".
 * CONSTRUCT and DESCRIBE results Fuseki already builds in memory; ASK is one value.
 * <p>
 * The price is memory: a SELECT result is held whole, bounded by what the query can produce within the limit.
 */
final class CompleteResultsQueryProcessor extends SPARQL_QueryDataset {
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType())
            return new QueryExecResult(queryExec.select().rewindable());
        if (requestQuery.isJsonType()) // ARQ's JSON query form streams the same way
            return new QueryExecResult(Iter.toList(queryExec.execJsonItems()).iterator());
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }
}
