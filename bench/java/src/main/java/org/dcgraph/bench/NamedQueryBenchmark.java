package org.dcgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A named query run in-process against a built store, as the server runs it (the same runner, the service's
 * time limit), every row read. The store and the parameters file come from system properties
 * {@code dcgraph.store} and {@code dcgraph.parameters}; the query from JMH's {@code -p query=NAME,...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NamedQueryBenchmark {
    @Param("documents")
    public String query;

    private Store store;
    private QueryRunner runner;
    private NamedQuery named;
    private Map<String, String> parameters;

    @Setup
    public void open() throws IOException {
        store = Store.open(Path.of(System.getProperty("dcgraph.store")));
        runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        named = QueryCatalogue.fromClasspath().get(query);
        parameters = QueryParameters.read(Path.of(System.getProperty("dcgraph.parameters"))).getOrDefault(query, Map.of());
    }

    @Benchmark
    public long rows() {
        return runner.run(named, parameters).size();
    }

    @TearDown
    public void close() {
        store.close();
    }
}
