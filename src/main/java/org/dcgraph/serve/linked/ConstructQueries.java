package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.dcgraph.ClasspathResources;
import org.dcgraph.rdf.Namespaces;

/** CONSTRUCT queries the jar carries, run together in one read transaction, their answers merged. */
final class ConstructQueries {
    private final DatasetGraph dataset;
    private final Duration timeout;
    private final String base;
    private final List<Query> queries;

    /** @param resources classpath paths of the .rq files */
    ConstructQueries(DatasetGraph dataset, Duration timeout, String base, List<String> resources) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.base = base;
        this.queries = resources.stream().map(r -> QueryFactory.create(ClasspathResources.text(r))).toList();
    }

    /** The merged answers, with each variable of {@code bindings} bound to its term in every query. */
    Model run(Map<String, Node> bindings) {
        Model answer = ModelFactory.createDefaultModel();
        answer.setNsPrefixes(Namespaces.standard(base));
        Txn.executeRead(dataset, () -> {
            for (Query query : queries) {
                QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
                bindings.forEach(builder::substitution);
                builder.timeout(timeout.toMillis());
                try (QueryExec exec = builder.build()) {
                    GraphUtil.addInto(answer.getGraph(), exec.construct());
                }
            }
        });
        return answer;
    }
}
