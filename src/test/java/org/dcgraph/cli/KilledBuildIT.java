package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
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
 * The build writes a new database beside the one served with TDB2's bulk loader, and its commit is the rename of the
 * store's file {@code current} naming it (issue 19): killed at any moment before, the database served is untouched.
 * The build runs {@code build --corpus} in a child JVM over thirty real files (the bundled corpus, the Akoma Ntoso
 * fixtures and the resolutions' printed texts), over a store that holds one document; the test watches the
 * build's progress log and its files on disk to kill it at each stage of the build.
 */
class KilledBuildIT {
    private static final Pattern PROGRESS = Pattern.compile("build: (\\d+)/(\\d+) files.*");

    @TempDir
    static Path shared;
    private static Path corpus;
    private static Path before;
    private static Path after;
    private static StoreContent contentBefore;
    private static StoreContent contentAfter;

    @TempDir
    Path dir;

    @BeforeAll
    static void stores() throws IOException {
        corpus = Files.createDirectory(shared.resolve("corpus"));
        for (NamedBytes f : Fixtures.bundledCorpus()) Files.write(corpus.resolve(Path.of(f.name()).getFileName()), f.bytes());
        for (String folder : List.of("src/test/resources/akn", "src/test/resources/corpus-extra")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        before = shared.resolve("before");
        after = shared.resolve("after");
        StoreFiles.buildFromOneDocument(shared.resolve("small-corpus"), before);
        StoreFiles.build(corpus, after);
        contentBefore = StoreContent.of(before);
        contentAfter = StoreContent.of(after);
    }

    /**
     * Builds the corpus over a copy of the store that holds one document, and kills the build as soon as
     * {@code moment} holds; {@code moment} is given the running build and the store's folder.
     *
     * @return the store's folder
     */
    private Path buildKilledWhen(String moment, BiFunction<KilledCommand, Path, BooleanSupplier> condition) throws Exception {
        Path store = dir.resolve("store");
        StoreFiles.copy(before, store);
        try (KilledCommand build = KilledCommand.start(dir.resolve("build.log"),
                List.of("build", "--corpus", corpus.toString(), "--store", store.toString()))) {
            build.killWhen(moment, condition.apply(build, store));
        }
        return store;
    }

    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledWhileReadingFiles() throws Exception {
        Path store = buildKilledWhen("halfway through reading the files", (build, folder) -> () -> {
            Progress p = Progress.of(build.output());
            return p.read() * 2 >= p.total() && p.read() < p.total();
        });
        assertEquals(contentBefore, StoreContent.of(store));
    }

    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledWhileWritingTheNewGraphs() throws Exception {
        Path store = buildKilledWhen("the first write to the store's files after reading, before the commit", (build, folder) -> {
            Map<Path, Long> read = new HashMap<>();
            return () -> {
                if (read.isEmpty()) {
                    // The sizes of the files once every file has been read: what changes next is the store's write.
                    if (Progress.of(build.output()).done()) read.putAll(StoreFiles.sizes(folder));
                    return false;
                }
                return !StoreFiles.sizes(folder).equals(read) && !StoreFiles.committing(folder);
            };
        });
        assertEquals(contentBefore, StoreContent.of(store));
        assertSpaceFreed(store);
    }

    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledWhileTheBulkLoaderBuildsItsIndexesAndCommits() throws Exception {
        // The bulk loader writes the new database without TDB2's journal: its commit is not the store's (the switch is).
        Path store = buildKilledWhen("the bulk loader's last phase", (build, folder) -> () ->
                build.output().contains("stage N-Quads dump (part of graphs and write)") && !build.output().contains("stage bulk loader's indexes"));
        assertEquals(contentBefore, StoreContent.of(store));
        assertSpaceFreed(store);
    }

    @Test
    void storeKeepsItsPreviousContentAndDumpsWhenTheBuildIsKilledWhileWritingDumps() throws Exception {
        // The dumps of the new content are written before its commit: killed then, the old content stays, with its own.
        Path store = buildKilledWhen("the dumps being written", (build, folder) -> () -> writingDumps(folder));
        StoreContent content = StoreContent.of(store);
        assertEquals(contentBefore, content);
        assertEquals(content.quads(), content.dumpedQuads());
        assertSpaceFreed(store);
    }

    @Test
    void storeHoldsTheNewContentWithItsDumpsWhenTheBuildIsKilledJustAfterTheCommit() throws Exception {
        // The attack of issue 17: killed just after the commit, the store was new and its N-Quads dump the old one's.
        Path store = buildKilledWhen("the commit's end", (build, folder) -> () -> build.output().contains("stage commit took"));
        StoreContent content = StoreContent.of(store);
        assertEquals(contentAfter, content);
        assertEquals(content.quads(), content.dumpedQuads());
        assertSpaceFreed(store);
    }

    @Test
    void killedBuildLeavesNoSpaceTakenAtTheNextOpening() throws Exception {
        // Killed while writing 43 files' graphs over a store of one document, the build left its database at 6 times
        // its size and the sources of the documents it never committed.
        Path store = buildKilledWhen("the end of the writes of the new graphs, before the commit",
                (build, folder) -> () -> build.output().contains("stage graphs and write took") && !StoreFiles.committing(folder));
        long left = StoreFiles.databaseBytes(store);
        assertTrue(left > 2 * StoreFiles.databaseBytes(before), "the kill left " + left + " bytes: the attack was not reproduced");
        assertEquals(contentBefore, StoreContent.of(store));
        assertSpaceFreed(store);
    }

    /** The store's folder as a build that ran to its end leaves it: the database no larger, no stray source or dump. */
    private static void assertSpaceFreed(Path store) throws IOException {
        assertFalse(Files.exists(store.resolve("build.unfinished")), "the marker of an unfinished build is still there");
        try (Stream<Path> entries = Files.list(StoreFiles.database(store))) {
            assertEquals(1, entries.filter(e -> e.getFileName().toString().startsWith("Data-")).count(), "one TDB2 storage folder");
        }
        Path served = StoreFiles.database(store);
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(List.of(), entries.map(e -> e.getFileName().toString()).filter(n -> n.startsWith("db-")
                    && !store.resolve(n).equals(served)).toList(), "no database but the one served");
        }
        long bytes = StoreFiles.databaseBytes(store);
        long expected = StoreFiles.databaseBytes(StoreContent.of(store).equals(contentBefore) ? before : after);
        assertTrue(bytes <= expected * 5 / 4, "database of " + bytes + " bytes, " + expected + " after a build that finished");
        try (Stream<Path> entries = Files.list(store.resolve("dumps"))) {
            assertEquals(1, entries.count(), "the dumps of one generation");
        }
        try (Stream<Path> sources = Files.list(store.resolve("sources"))) {
            long kept = sources.count();
            try (Stream<Path> expectedSources = Files.list((StoreContent.of(store).equals(contentBefore) ? before : after).resolve("sources"))) {
                assertEquals(expectedSources.count(), kept, "the sources of the documents in the store, no more");
            }
        }
    }

    @Test
    void ingestRereadsTheBuiltDocumentsAfterTheBuildIsKilledWhileWritingDumps() throws Exception {
        Path store = buildKilledWhen("the dumps being written", (build, folder) -> () -> writingDumps(folder));
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
        StoreFiles.delete(StoreFiles.database(store).resolve("search-index"));
        try (KilledCommand query = KilledCommand.start(dir.resolve("query.log"), List.of("query", "documents", "--store", store.toString()))) {
            query.killWhen("the search index being rebuilt", () -> query.output().contains("rebuilding it"));
        }
        assertEquals(contentAfter, StoreContent.of(store));
    }

    /**
     * The moments between the new database's last write and the switch, and between the switch and the removal of the
     * previous database, last milliseconds: too short to kill the build in, they are set up as a kill leaves them, the
     * new database whole (a copy of {@code after}'s) beside the one served, with its dumps in place.
     */
    @Test
    void storeKeepsItsPreviousContentWhenTheBuildIsKilledJustBeforeTheSwitch() throws Exception {
        Path store = dir.resolve("store");
        StoreFiles.copy(before, store);
        copyDatabaseAndDumpsOfAfter(store);
        assertEquals(contentBefore, StoreContent.of(store));
        assertSpaceFreed(store);
    }

    @Test
    void storeHoldsTheNewContentWhenTheBuildIsKilledJustAfterTheSwitch() throws Exception {
        Path store = dir.resolve("store");
        StoreFiles.copy(before, store);
        Path database = copyDatabaseAndDumpsOfAfter(store);
        Files.writeString(store.resolve("current"), database.getFileName() + "\n");
        StoreContent content = StoreContent.of(store);
        assertEquals(contentAfter, content);
        assertEquals(content.quads(), content.dumpedQuads());
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(List.of(database.getFileName().toString()), entries.map(e -> e.getFileName().toString()).filter(n -> n.startsWith("db-")).toList());
        }
    }

    /** Copies the database {@code after} serves into {@code store}, with its dumps, and returns the copy's folder. */
    private static Path copyDatabaseAndDumpsOfAfter(Path store) throws IOException {
        Path database = StoreFiles.database(after);
        Path copy = store.resolve(database.getFileName().toString());
        StoreFiles.copy(database, copy);
        Files.deleteIfExists(copy.resolve("tdb.lock"));
        try (Stream<Path> dumps = Files.list(after.resolve("dumps"))) {
            for (Path d : dumps.toList()) StoreFiles.copy(d, store.resolve("dumps").resolve(d.getFileName().toString()));
        }
        return copy;
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
