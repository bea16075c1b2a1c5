package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as users of other tools know it: help, version, typed errors, options from the environment. */
class CommandLineOptionsTest {
    @TempDir
    Path dir;
    private Path corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
    }

    private int run(Map<String, String> environment, String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        environment);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "build", "query", "export", "ingest"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out().startsWith("Usage: dcgraph " + command + " "), out());
        assertTrue(out().contains("--store=DIR"), out());
        assertEquals("", err());
    }

    @Test
    void helpOfServeListsEveryOptionItHad() {
        run("serve", "--help");
        for (String option : List.of("--corpus", "--store", "--port", "--base", "--timeout", "--max-results", "--threads",
                "--concurrent-queries", "--allow-service", "--bind", "--no-build", "--admin-port", "--admin-bind", "--admin-token"))
            assertTrue(out().contains(option), option + " is missing from:\n" + out());
    }

    @Test
    void versionNamesTheReleaseAndTheJava() {
        assertEquals(0, run("--version"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).matches("dcgraph \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature()), lines.get(1));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsOption() {
        assertEquals(2, run("serve", "--port", "eighty"));
        assertEquals(List.of("dcgraph: Invalid value for option '--port': 'eighty' is not an int", "see 'dcgraph serve --help'"),
                     err().lines().toList());
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertEquals(2, run("build", "--corpse", corpus.toString()));
        assertTrue(err().startsWith("dcgraph: Unknown options: '--corpse', "), err());
    }

    @Test
    void aFormatOutsideTheListIsRefusedWithTheList() {
        assertEquals(2, run("export", "--format", "rdfxml"));
        assertTrue(err().contains("'rdfxml'"), err());
        assertTrue(err().contains("nq, trig, ttl, jsonld"), err());
    }

    @Test
    void optionsComeFromTheEnvironmentAndTheCommandLineWins() {
        Path store = dir.resolve("from-env");
        assertEquals(0, run(Map.of("DCGRAPH_STORE", store.toString(), "DCGRAPH_CORPUS", corpus.toString()), "build"));
        assertTrue(out().contains("built " + store + ": 1 of 1 files loaded"), out());

        out.reset();
        Map<String, String> environment = Map.of("DCGRAPH_STORE", store.toString(), "DCGRAPH_FORMAT", "json", "DCGRAPH_QUERY_FORMAT", "tsv");
        assertEquals(0, run(environment, "query", "documents"));
        assertTrue(out().startsWith("?document\t"), "the command's own variable comes first:\n" + out());

        out.reset();
        assertEquals(0, run(environment, "query", "documents", "--format", "csv"));
        assertTrue(out().startsWith("document,"), "the command line wins over the environment:\n" + out());
    }

    @Test
    void aSwitchIsSetFromTheEnvironmentByTrue() {
        Path missing = dir.resolve("missing");
        assertEquals(2, run(Map.of("DCGRAPH_NO_BUILD", "true", "DCGRAPH_STORE", missing.toString()), "serve"));
        assertTrue(err().startsWith("dcgraph: --no-build needs a built store, and " + missing + " is not a folder"), err());
    }

    @Test
    void aBadValueFromTheEnvironmentIsNamedLikeOneGivenOnTheCommandLine() {
        assertEquals(2, run(Map.of("DCGRAPH_TIMEOUT", "soon"), "query", "documents", "--store", dir.resolve("s").toString()));
        assertTrue(err().startsWith("dcgraph: Invalid value for option '--timeout': 'soon' is not an int"), err());
    }

    @Test
    void aPortInUseIsOneLineNamingThePort() throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--corpus", corpus.toString(), "--store", store.toString()));
        err.reset();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(1, run("serve", "--no-build", "--store", store.toString(), "--bind", "127.0.0.1", "--port", String.valueOf(port)));
            assertEquals(List.of("dcgraph: port " + port + " is in use by another process: stop it, or choose another port with "
                                 + "--port (or DCGRAPH_PORT; --admin-port for the admin route)"), err().lines().toList());
        }
        // the store was closed on the way out: it opens again in this process
        assertEquals(0, run("query", "documents", "--store", store.toString()));
    }

    @Test
    void environmentVariablesOfAnOptionFollowOneRule() {
        assertEquals(List.of("DCGRAPH_SERVE_MAX_RESULTS", "DCGRAPH_MAX_RESULTS"), EnvironmentDefaults.variables("serve", "--max-results"));
    }
}
