package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Turtle dump is not written by a build (issue 19: the N-Quads dump is the stream the loader reads, the other
 * formats are made on demand) but the first time it is asked for, once, into the folder of its generation, which a
 * new generation removes with it.
 */
class TurtleDumpTest {
    @TempDir
    Path dir;

    private final StoreBuilder builder = new StoreBuilder(new Pipeline(Fixtures.REFERENCE));

    @Test
    void aBuildWritesTheNQuadsDumpOnlyAndTheFirstRequestWritesTheTurtleOne() throws Exception {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus().subList(0, 2), false);
            Path generation = Dumps.current(Dumps.folderOf(store), store.generation()).orElseThrow();
            assertEquals(List.of(Dumps.NQUADS), names(generation));

            Path turtle = Dumps.turtle(store.dataset(), Dumps.folderOf(store), store.generation()).get();
            assertEquals(generation.resolve(Dumps.TURTLE), turtle);
            assertEquals(List.of(Dumps.NQUADS, Dumps.TURTLE), names(generation), "the dump, whole, and no file of its writing");
            Graph read = GraphFactory.createDefaultGraph();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(turtle))) {
                RDFDataMgr.read(read, in, Lang.TURTLE);
            }
            long union = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
            assertEquals(union, read.size(), "the union graph, every triple once");

            // The second request reads the file the first wrote.
            FileTime written = Files.getLastModifiedTime(turtle);
            CompletableFuture<Path> again = Dumps.turtle(store.dataset(), Dumps.folderOf(store), store.generation());
            assertTrue(again.isDone(), "no writer started for a dump already written");
            assertEquals(turtle, again.get());
            assertEquals(written, Files.getLastModifiedTime(turtle));
        }
    }

    @Test
    void requestsThatComeWhileTheDumpIsWrittenWaitForItsOneWriter() throws Exception {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus().subList(0, 2), false);
            Path folder = Dumps.folderOf(store);
            List<CompletableFuture<Path>> asked = Stream.generate(() -> Dumps.turtle(store.dataset(), folder, store.generation())).limit(4).toList();
            for (CompletableFuture<Path> f : asked) assertEquals(asked.get(0).get(), f.get());
            assertEquals(List.of(Dumps.NQUADS, Dumps.TURTLE), names(folder.resolve(store.generation())));
        }
    }

    @Test
    void aNewGenerationDropsTheTurtleDumpOfTheOldOne() throws Exception {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus().subList(0, 2), false);
            String old = store.generation();
            Dumps.turtle(store.dataset(), Dumps.folderOf(store), old).get();

            builder.build(store, Fixtures.bundledCorpus().subList(0, 3), false);
            assertNotEquals(old, store.generation());
            assertEquals(List.of(store.generation()), names(Dumps.folderOf(store)), "the dumps of the content served, no other");
            assertEquals(List.of(Dumps.NQUADS), names(Dumps.folderOf(store).resolve(store.generation())));
            ExecutionException stale = assertThrows(ExecutionException.class, () -> Dumps.turtle(store.dataset(), Dumps.folderOf(store), old).get());
            assertInstanceOf(Dumps.ContentChanged.class, stale.getCause());
            assertTrue(Files.exists(Dumps.turtle(store.dataset(), Dumps.folderOf(store), store.generation()).get()));
        }
    }

    @Test
    void aTurtleDumpLeftHalfWrittenIsRemovedWhenTheStoreOpens() throws IOException {
        Path unfinished;
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus().subList(0, 1), false);
            unfinished = Files.writeString(Dumps.folderOf(store).resolve(store.generation()).resolve(Dumps.TURTLE + ".1234.partial"), "half a dump");
        }
        try (Store store = Store.open(dir)) {
            assertFalse(Files.exists(unfinished));
            assertEquals(List.of(Dumps.NQUADS), names(Dumps.folderOf(store).resolve(store.generation())));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
