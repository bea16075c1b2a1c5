package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example a data scientist runs ({@code docs/examples/sponsors.py}), run as they would against the bundled graph,
 * with Debian's SPARQLWrapper, pandas and rdflib (which {@code .ci/run} installs): a named query read by pandas, a
 * SELECT as JSON, and a CONSTRUCT asked for as RDF/XML ({@code output=rdf+xml}), which the endpoint answered 400.
 */
class PythonClientIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path work;
    private static BundledGraph graph;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import SPARQLWrapper, pandas, rdflib")).startsWith("0\n"),
                   "Debian's python3-sparqlwrapper, python3-pandas and python3-rdflib are not installed (.ci/run installs them)");
        graph = new BundledGraph(Files.createDirectory(work.resolve("dumps")));
    }

    @AfterAll
    static void stop() {
        if (graph != null) graph.close();
    }

    /** The exit status and what the command printed. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) process.destroyForcibly();
        return process.exitValue() + "\n" + output;
    }

    @Test
    void rdflibReadsTheDumpStraightFromItsUrl() throws Exception {
        String read = "import rdflib, sys\n"
                + "g = rdflib.ConjunctiveGraph()\n"
                + "g.parse(sys.argv[1] + '/dumps/dcgraph.nq', format='nquads')\n"
                + "print(len(list(g.contexts())))\n"
                + "print(g.value(rdflib.URIRef('https://w3id.org/dcgraph/id/doc/A/RES/78/311'), rdflib.URIRef('https://w3id.org/dcgraph/ontology#symbol')))\n";
        String output = run(List.of(PYTHON.toString(), "-c", read, graph.origin()));
        // rdflib folds some literals it reads into one (a few hundred of 32,000 statements), so the graphs are counted
        assertEquals("0\n" + graph.store.graphCount() + "\nA/RES/78/311", output.strip(), output);
    }

    @Test
    void theSponsorsExampleRunsAgainstTheBundledGraph() throws Exception {
        String output = run(List.of(PYTHON.toString(), "docs/examples/sponsors.py", graph.origin(), "A/RES/78/311"));
        List<String> lines = output.lines().filter(l -> !l.contains("Warning") && !l.isBlank()).toList();
        assertEquals(List.of("0",
                "28 sponsors of A/RES/78/311: Algeria, Burundi, Cambodia, ...",
                "OperativeParagraph: 15",
                "PreambularParagraph: 15",
                "81 statements about A/RES/78/311"), lines, output);
    }
}
