package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;
    private Path corpus;
    private Path store;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectory(dir.resolve("corpus"));
        store = dir.resolve("store");
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        Files.write(corpus.resolve("b.txt"), Fixtures.bytes(Fixtures.DRAFT_L86_EN));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void buildReportsEachFileAndWhyOneWasSkipped() {
        assertEquals(0, run("build", "--corpus", corpus.toString(), "--store", store.toString()));
        assertTrue(out().contains("loaded  " + corpus.resolve("a.txt") + ": A/RES/78/311, General Assembly resolution [ar]"), out());
        assertTrue(out().contains("skipped " + corpus.resolve("empty.txt") + ": empty file"), out());
        assertTrue(out().contains("built " + store + ": 2 of 3 files loaded"), out());
    }

    @Test
    void queryPrintsTheRowsOfANamedQueryAsCsv() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        out.reset();
        assertEquals(0, run("query", "sponsors", "--param", "symbol=A/RES/78/311", "--store", store.toString(), "--corpus", corpus.toString()));
        List<String> lines = out().lines().toList();
        assertEquals("country,iso3,name,role,group,nonMember", lines.get(0));
        assertEquals(29, lines.size());
        assertEquals("https://w3id.org/dcgraph/id/country/ZWE,ZWE,Zimbabwe,sponsor,,false", lines.get(28));
    }

    @Test
    void queryPrintsThePageOffsetAndLimitAskFor() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        out.reset();
        assertEquals(0, run("query", "sponsors", "--param", "symbol=A/RES/78/311", "--store", store.toString(),
                            "--offset", "26", "--limit", "5"));
        assertEquals(List.of("country,iso3,name,role,group,nonMember", "https://w3id.org/dcgraph/id/country/ZMB,ZMB,Zambia,sponsor,,false",
                             "https://w3id.org/dcgraph/id/country/ZWE,ZWE,Zimbabwe,sponsor,,false"), out().lines().toList());
    }

    @Test
    void queryOverTheResultCapSaysHowToPageThroughIt() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        assertEquals(1, run("query", "sponsors", "--param", "symbol=A/RES/78/311", "--store", store.toString(), "--max-results", "10"));
        assertEquals("dcgraph: query 'sponsors' has more than 10 rows, the most this server gives in one answer: "
                     + "page through it with --offset and --limit\n", err());
    }

    @Test
    void queryWithANegativeOffsetIsRefusedNamingIt() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        assertEquals(1, run("query", "documents", "--store", store.toString(), "--offset", "-3"));
        assertTrue(err().contains("offset"), err());
        assertTrue(err().contains("'-3' is not a whole number of at least 0"), err());
    }

    @Test
    void queryWithoutCorpusReadsAStoreBuiltFromAnotherCorpusAsItIs() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        out.reset();
        // checked against the bundled corpus, this store would be rebuilt with A/RES/78/132 and the road map in it
        assertEquals(0, run("query", "documents", "--store", store.toString()));
        List<String> symbols = out().lines().skip(1).map(l -> l.split(",")[1]).toList();
        assertEquals(List.of("A/78/L.86", "A/RES/78/311"), symbols);
    }

    @Test
    void exportWritesNamedGraphsAsNQuads() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        out.reset();
        assertEquals(0, run("export", "--store", store.toString(), "--format", "nq"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith("<https://w3id.org/dcgraph/id/doc/A/RES/78/311> <https://w3id.org/dcgraph/ontology#symbol> \"A/RES/78/311\" <https://w3id.org/dcgraph/graph/A/RES/78/311> .")));
    }

    @Test
    void unknownCommandExitsWithUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("dcgraph: unknown command 'frobnicate'"), err());
    }

    @Test
    void unknownQueryExitsNonZeroWithOneLineReason() {
        run("build", "--corpus", corpus.toString(), "--store", store.toString());
        assertEquals(1, run("query", "no-such-query", "--store", store.toString(), "--corpus", corpus.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("no-such-query"), err());
    }

    @Test
    void missingCorpusFolderExitsNonZero() {
        assertEquals(1, run("build", "--corpus", dir.resolve("nowhere").toString(), "--store", store.toString()));
        assertTrue(err().startsWith("dcgraph: corpus folder not found"), err());
    }

    @Test
    void differentBaseMintsIrisUnderIt() {
        assertEquals(0, run("build", "--corpus", corpus.toString(), "--store", store.toString(), "--base", "http://localhost:3030/"));
        out.reset();
        run("query", "sponsors", "--param", "symbol=A/78/L.86", "--store", store.toString(), "--corpus", corpus.toString(),
                "--base", "http://localhost:3030/");
        assertEquals("http://localhost:3030/id/country/DZA,DZA,Algeria,sponsor,,false", out().lines().toList().get(1));
    }
}
