package org.dcgraph.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
public final class QueryRunner implements AutoCloseable {
    /**
     * The time a kept answer may take to compute, once for all callers: longer than a request's, since the first
     * run of a listing in a fresh process reads a cold store (14 s for {@code documents} on the record ×10). The
     * pages' own listings and VoID are kept the same way.
     */
    public static final Duration KEEPING_TIME = Duration.ofMinutes(2);
    /** The most rows a kept answer holds; a larger one is not kept, and each page of it is computed when asked. */
    static final int KEPT_ROWS_AT_MOST = 1_000_000;

    private final DatasetGraph dataset;
    private final QueryLimits limits;
    private final KeptAnswers kept;

    /** A runner that computes every answer when asked (the command line, the benchmarks). */
    public QueryRunner(DatasetGraph dataset, QueryLimits limits) {
        this(dataset, limits, null, null);
    }

    private QueryRunner(DatasetGraph dataset, QueryLimits limits, QueryLimits keeping, Supplier<String> generation) {
        this.dataset = dataset;
        this.limits = limits;
        this.kept = generation == null ? null : new KeptAnswers(generation, query -> whole(query, keeping));
    }

    /**
     * A runner for a server: the answers of the kept queries ({@link NamedQuery#kept()}) are computed once per store
     * generation, starting now for those of {@code catalogue}, and served from memory (see {@link KeptAnswers}).
     *
     * @param generation the store's current generation, which every write to it renews
     */
    public static QueryRunner keepingAnswers(DatasetGraph dataset, QueryLimits limits, Supplier<String> generation,
                                             List<NamedQuery> catalogue) {
        return keepingAnswers(dataset, limits, new QueryLimits(KEEPING_TIME, limits.allowedServices(), KEPT_ROWS_AT_MOST),
                              generation, catalogue);
    }

    /** As the public one, computing the kept answers within {@code keeping} rather than the defaults. */
    static QueryRunner keepingAnswers(DatasetGraph dataset, QueryLimits limits, QueryLimits keeping, Supplier<String> generation,
                                      List<NamedQuery> catalogue) {
        QueryRunner runner = new QueryRunner(dataset, limits, keeping, generation);
        runner.kept.prepare(catalogue);
        return runner;
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
        if (kept != null && query.kept()) {
            KeptAnswers.Answer answer = keptAnswer(query);
            if (answer != null) {
                // a page of a kept answer is held to the same cap as a computed one
                List<Binding> rows = limits.readAtMost(page.slice(answer.rows()).iterator(), "query '" + query.name() + "'", "rows");
                return rowSet(new KeptAnswers.Answer(answer.columns(), rows));
            }
        }
        return rowSet(evaluate(query, bindings, page, limits));
    }

    /** The kept answer, waited for within the request's time limit; null when it is too large or too slow to keep. */
    private KeptAnswers.Answer keptAnswer(NamedQuery query) {
        try {
            return kept.answer(query).get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new QueryTimeoutException(query.name(), limits.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException(query.name(), limits.timeout());
        } catch (ExecutionException e) {
            // then each page is computed when asked, within the request's limits, as for any other query
            if (e.getCause() instanceof ResultTooLargeException || e.getCause() instanceof QueryTimeoutException) return null;
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException("query '" + query.name() + "': " + e.getCause().getMessage(), e.getCause());
        }
    }

    private KeptAnswers.Answer whole(NamedQuery query, QueryLimits keeping) {
        return evaluate(query, Map.of(), Page.WHOLE, keeping);
    }

    /** The page's rows, read to the end in one read transaction within the given limits. */
    private KeptAnswers.Answer evaluate(NamedQuery query, Map<Var, Node> bindings, Page page, QueryLimits within) {
        try {
            return Txn.calculateRead(dataset, () -> execute(query, bindings, page, within));
        } catch (ServiceGuard.Failure e) {
            throw e.failure(); // a refused SERVICE call stops the query as a cancellation would, but is no timeout
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(query.name(), within.timeout());
        }
    }

    private KeptAnswers.Answer execute(NamedQuery query, Map<Var, Node> bindings, Page page, QueryLimits within) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(page.applyTo(query.query()));
        bindings.forEach(builder::substitution);
        within.applyTo(builder);
        try (QueryExec execution = builder.build()) {
            // TDB2 decodes terms lazily; detached copies stay readable after the read transaction ends.
            RowSet rows = execution.select();
            List<Binding> detached = within.readAtMost(Iter.map(rows, Binding::detach), "query '" + query.name() + "'", "rows");
            return new KeptAnswers.Answer(rows.getResultVars(), detached);
        }
    }

    private static RowSetRewindable rowSet(KeptAnswers.Answer answer) {
        return RowSetMem.create(RowSetStream.create(answer.columns(), answer.rows().iterator()));
    }

    @Override
    public void close() {
        if (kept != null) kept.close();
    }
}
