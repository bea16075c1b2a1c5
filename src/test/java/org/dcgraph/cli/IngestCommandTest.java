package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
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
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void ingestAddsTheFileToTheStoreAndSaysWhatItRecognised() throws IOException {
        Path file = Files.write(dir.resolve("résolution 78-311 (copie) ; \"finale\" *.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        assertEquals(0, run("ingest", file.toString(), "--store", store.toString(), "--corpus", corpus.toString()));
        assertTrue(out().contains("loaded  " + file + ": A/RES/78/311, General Assembly resolution [en]"), out());
        out.reset();
        run("query", "documents", "--store", store.toString(), "--corpus", corpus.toString());
        assertEquals(2, out().lines().filter(l -> l.contains(",A/RES/78/311,")).count(), out());
    }

    @Test
    void ingestWithoutCorpusKeepsTheDocumentsOfAStoreBuiltFromAnotherCorpus() throws IOException {
        assertEquals(0, run("build", "--corpus", corpus.toString(), "--store", store.toString()));
        Path file = Files.write(dir.resolve("res-78-132-en.txt"), Fixtures.bytes(Fixtures.RES_78_132_EN));
        assertEquals(0, run("ingest", file.toString(), "--store", store.toString()));
        out.reset();
        run("query", "documents", "--store", store.toString(), "--format", "csv");
        assertEquals(List.of("A/RES/78/132 en", "A/RES/78/311 ar"), out().lines().skip(1).map(l -> l.split(",")).map(c -> c[1] + " " + c[3]).sorted().toList(), out());
    }

    @Test
    void fileNameWithALineBreakIsReportedOnOneLine() throws IOException {
        Path file = Files.write(dir.resolve("two\nlines.txt"), new byte[0]);
        assertEquals(1, run("ingest", file.toString(), "--store", store.toString(), "--corpus", corpus.toString()));
        assertTrue(out().contains("skipped " + dir.resolve("two\uFFFDlines.txt") + ": empty file"), out());
    }

    @Test
    void fileOf200MegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertEquals(1, run("ingest", big.toString(), "--store", store.toString(), "--corpus", corpus.toString()));
        assertTrue(out().contains("skipped " + big + ": file of 200 MB is larger than the limit of 64 MB for one document"), out());
        assertEquals("dcgraph: 1 of 1 files refused (reasons above)", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void missingFileIsRefused() {
        assertEquals(1, run("ingest", dir.resolve("nowhere.txt").toString(), "--store", store.toString(), "--corpus", corpus.toString()));
        assertTrue(out().contains("skipped " + dir.resolve("nowhere.txt") + ": no such file"), out());
    }

    @Test
    void ingestWithoutFilesIsAUsageError() {
        assertEquals(2, run("ingest", "--store", store.toString()));
    }

    @Test
    void ingestedDocumentIsFoundBySearchFromTheCommandLine() throws IOException {
        Path file = Files.write(dir.resolve("res.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        run("ingest", file.toString(), "--store", store.toString(), "--corpus", corpus.toString());
        out.reset();
        assertEquals(0, run("query", "search", "--param", "q=\"capacity-building\"", "--param", "lang=en", "--store", store.toString(), "--corpus", corpus.toString()));
        assertEquals("paragraph,document,score,snippet", out().lines().findFirst().orElseThrow());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/1,")), out());
    }

    @Test
    void ingestAddsAJournalArticle() throws IOException {
        Path file = Files.write(dir.resolve("article.txt"), Fixtures.bytes(Fixtures.ARTICLE_FA));
        assertEquals(0, run("ingest", file.toString(), "--store", store.toString(), "--corpus", corpus.toString()));
        assertTrue(out().contains("loaded  " + file + ": https://w3id.org/dcgraph/id/doc/x/shkralhy-1403-hkmrany-jhany-hwsh, scholarly article [fa]"), out());
    }

    @Test
    void ingestRewritesTheDumpWithTheNewDocument() throws IOException {
        Path file = Files.write(dir.resolve("res.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        run("ingest", file.toString(), "--store", store.toString(), "--corpus", corpus.toString());
        Path dumps;
        try (Store opened = Store.open(store)) {
            dumps = Dumps.current(Dumps.folderOf(opened), opened.generation()).orElseThrow();
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dumps.resolve(Dumps.NQUADS)))) {
            String dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(dump.contains("<https://w3id.org/dcgraph/graph/A/RES/78/311/en> ."), "no English graph in the dump");
        }
    }
}
