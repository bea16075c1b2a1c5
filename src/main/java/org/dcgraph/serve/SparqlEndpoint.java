package org.dcgraph.serve;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.query.QueryLimits;

/**
 * The Fuseki data service behind {@code /sparql}. The service is registered under the name {@code /sparql} with
 * one unnamed endpoint, the query operation, so Fuseki answers the SPARQL protocol at the service's own URL, and
 * offers nothing else there: no update, no Graph Store Protocol, no {@code /sparql/...} sub-endpoints.
 */
final class SparqlEndpoint {
    static final String PATH = "/sparql";

    private SparqlEndpoint() {}

    static DataService dataService(DatasetGraph dataset, QueryLimits limits, QueryGate gate) {
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .processor(new CompleteResultsQueryProcessor(limits, gate))
                // Fuseki merges an endpoint's context over the dataset's for each request: time limit, SERVICE guard.
                .context(limits.asContext())
                .build();
        return DataService.newBuilder(dataset).addEndpoint(query).build();
    }
}
