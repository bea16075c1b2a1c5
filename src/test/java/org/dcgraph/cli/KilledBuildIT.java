package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.NamedBytes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL leaves a store that opens with one whole content: the one it had before when the
 * build is killed before its commit, the new one when after, never a mix, with its search index and dumps in step.
 * The build runs {@code build --corpus} in a child JVM over thirty real files (the bundled corpus, the Akoma Ntoso
 * fixtures and the resolutions' printed texts), over a store that holds one document; the test watches the
 * build's progress log and its files on disk to kill it at each stage of the build.
 */
class KilledBuildIT {
    private static final Pattern PROGRESS = Pattern.compile("build: (\\d+)/(\\d+) files.*");

    @TempDir
    static Path shared;
    private static Path corpus;
    private static Path smallCorpus;
    private static Path before;
    private static Path after;
    private static StoreContent contentBefore;
    private static StoreContent contentAfter;

    @TempDir
    Path dir;

    @BeforeAll
    static void stores() throws IOException {
        smallCorpus = Files.createDirectory(shared.resolve("small-corpus"));
        Files.write(smallCorpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        corpus = Files.createDirectory(shared.resolve("corpus"));
        for (NamedBytes f : Fixtures.bundledCorpus()) Files.write(corpus.resolve(Path.of(f.name()).getFileName()), f.bytes());
        for (String folder : List.of("src/test/resources/akn", "src/test/resources/corpus-extra")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        before = shared.resolve("before");
        after = shared.resolve("after");
        build(smallCorpus, before);
        build(corpus, after);
        contentBefore = StoreContent.of(before);
        contentAfter = StoreContent.of(after);
    }

    private static void build(Path from, Path store) {
        assertEquals(0, Main.run(List.of("build", "--corpus", from.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
    }

    /** A copy of the store that holds one document, for the build to replace. */
    private Path storeBefore() throws IOException {
        Path store = dir.resolve("store");
        StoreFiles.copy(before, store);
        return store;
    }

    private KilledCommand build(Path store) throws IOException {
        return KilledCommand.start(dir.resolve("build.log"), List.of("build", "--corpus", corpus.toString(), "--store", store.toString()));
    }

    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledWhileReadingFiles() throws Exception {
        Path store = storeBefore();
        try (KilledCommand build = build(store)) {
            build.killWhen("halfway through reading the files", () -> {
                Progress p = Progress.of(build.output());
                return p.read() * 2 >= p.total() && p.read() < p.total();
            });
            assertFalse(build.printed("built "));
        }
        assertEquals(contentBefore, StoreContent.of(store));
    }

    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledWhileWritingTheNewGraphs() throws Exception {
        Path store = storeBefore();
        try (KilledCommand build = build(store)) {
            build.await("the end of reading the files", () -> Progress.of(build.output()).done());
            Map<Path, Long> written = StoreFiles.sizes(store);
            build.killWhen("the first write to the store's files after reading", () -> !StoreFiles.sizes(store).equals(written) && !StoreFiles.committing(store));
            assertFalse(build.printed("built "));
        }
        assertEquals(contentBefore, StoreContent.of(store));
    }

    @Test
    void storeHoldsOneWholeContentWhenTheBuildIsKilledWhileCommitting() throws Exception {
        Path store = storeBefore();
        try (KilledCommand build = build(store)) {
            build.killWhen("the commit (TDB2's journal written)", () -> StoreFiles.committing(store));
        }
        StoreContent content = StoreContent.of(store);
        assertTrue(content.equals(contentBefore) || content.equals(contentAfter), "neither the content before nor after:\n" + content);
    }

    @Test
    void storeHoldsTheNewContentWithMatchingDumpsWhenTheBuildIsKilledWhileWritingDumps() throws Exception {
        Path store = storeBefore();
        try (KilledCommand build = build(store)) {
            build.killWhen("the dumps being written", () -> writingDumps(store));
        }
        StoreContent content = StoreContent.of(store);
        assertEquals(contentAfter, content);
        assertEquals(content.quads(), content.dumpedQuads());
    }

    @Test
    void ingestRereadsTheBuiltDocumentsAfterTheBuildIsKilledWhileWritingDumps() throws Exception {
        Path store = storeBefore();
        try (KilledCommand build = build(store)) {
            build.killWhen("the dumps being written", () -> writingDumps(store));
        }
        // A/RES/78/311 in English relinks its other language versions and its draft, read again from their kept sources.
        Path english = Files.write(dir.resolve("res-78-311-en.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(List.of("ingest", english.toString(), "--store", store.toString(), "--corpus", corpus.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("relinked "), report);
        assertFalse(report.contains("could not read"), report);
    }

    @Test
    void searchIndexIsRebuiltAtTheNextOpeningWhenItsRebuildIsKilled() throws Exception {
        Path store = dir.resolve("store");
        StoreFiles.copy(after, store);
        StoreFiles.delete(store.resolve("search-index"));
        try (KilledCommand query = KilledCommand.start(dir.resolve("query.log"), List.of("query", "documents", "--store", store.toString()))) {
            query.killWhen("the search index being rebuilt", () -> query.output().contains("rebuilding it"));
        }
        assertEquals(contentAfter, StoreContent.of(store));
    }

    /** How many files the build has read, of how many, by its last progress line. */
    private record Progress(int read, int total) {
        static Progress of(String log) {
            Progress last = new Progress(0, -1);
            for (String line : log.lines().toList()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.matches()) last = new Progress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return last;
        }

        boolean done() { return read == total; }
    }

    private static boolean writingDumps(Path store) {
        try (Stream<Path> files = Files.list(store.resolve("dumps"))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".partial"));
        } catch (IOException e) {
            return false;
        }
    }
}
