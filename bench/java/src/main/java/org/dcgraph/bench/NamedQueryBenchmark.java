package org.dcgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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
        // What a query costs to compute, however long: under the service's 10 s limit the whole-graph listings failed
        // on their first run in the fork's cold JVM at 10x and were not measured at all. The service's answers to them
        // come from memory (kept answers), which the HTTP stage measures.
        runner = new QueryRunner(store.dataset(), new QueryLimits(Duration.ofMinutes(2), Set.of(), Integer.MAX_VALUE));
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
