package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check in {@code queries/checks/*-violation.rq} returns no rows on the graph of the bundled
 * corpus. A new check is a new file: it is found here without any Java.
 */
class GraphChecksTest {
    private static DatasetGraph graph;

    @BeforeAll
    static void build() {
        BuildResult result = new Pipeline(Fixtures.REFERENCE).run(Fixtures.bundledCorpus());
        Store store = Store.inMemory();
        store.replaceAll(result.graphs(), "https://w3id.org/dcgraph/graph/build", "checks", PrefixMapping.Standard);
        graph = store.dataset();
    }

    @TestFactory
    Stream<DynamicTest> everyViolationCheckFindsNothing() throws IOException {
        List<Path> checks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries", "checks"))) {
            files.filter(f -> f.getFileName().toString().endsWith("-violation.rq")).sorted().forEach(checks::add);
        }
        return checks.stream().map(check -> DynamicTest.dynamicTest(check.getFileName().toString(), () -> {
            String query = Files.readString(check);
            String rows = Txn.calculateRead(graph, () ->
                    ResultSetFormatter.asText(ResultSet.adapt(QueryExec.dataset(graph).query(query).select())));
            assertEquals(4, rows.lines().count(), check + " found:\n" + rows);
        }));
    }
}
