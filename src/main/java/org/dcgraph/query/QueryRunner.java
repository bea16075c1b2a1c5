package org.dcgraph.query;

import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;

/** Runs named queries against a dataset, within the service's {@link QueryLimits}. */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final QueryLimits limits;

    public QueryRunner(DatasetGraph dataset, QueryLimits limits) {
        this.dataset = dataset;
        this.limits = limits;
    }

    /**
     * Every row of the query's answer, with each parameter bound as a typed RDF term (see {@link NamedQuery#bind}).
     * The rows are read to the end inside one read transaction and the time limit, so the caller holds either the
     * complete answer or an exception, never a result cut short.
     *
     * @throws BadParameterException  if a parameter is missing, unknown or invalid
     * @throws QueryTimeoutException  if the query runs past the time limit
     * @throws ResultTooLargeException if the answer has more rows than the limits allow
     */
    public RowSetRewindable run(NamedQuery query, Map<String, String> parameters) {
        return run(query, parameters, Page.WHOLE);
    }

    /** As {@link #run(NamedQuery, Map)}, the rows of one page of the answer; the limits apply to the page. */
    public RowSetRewindable run(NamedQuery query, Map<String, String> parameters, Page page) {
        Map<Var, Node> bindings = query.bind(parameters);
        try {
            return Txn.calculateRead(dataset, () -> execute(query, bindings, page));
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(query.name(), limits.timeout());
        }
    }

    private RowSetRewindable execute(NamedQuery query, Map<Var, Node> bindings, Page page) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(page.applyTo(query.query()));
        bindings.forEach(builder::substitution);
        limits.applyTo(builder);
        try (QueryExec execution = builder.build()) {
            // TDB2 decodes terms lazily; detached copies stay readable after the read transaction ends.
            RowSet rows = execution.select();
            List<Binding> detached = limits.readAtMost(Iter.map(rows, Binding::detach), "query '" + query.name() + "'", "rows");
            return RowSetMem.create(RowSetStream.create(rows.getResultVars(), detached.iterator()));
        }
    }
}
