package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcgraph.Digests;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a build reads each source file once and hashes it once; the check that a store is up to date with its
 * corpus folder reads only the files changed since (by size and modification time), and still finds a change.
 */
class ReadOnceTest {
    @TempDir
    Path dir;

    private final StoreBuilder builder = new StoreBuilder(new Pipeline(Fixtures.REFERENCE));

    /** The bundled corpus's files, each counting how often its bytes are read. */
    private record Counted(NamedBytes file, AtomicInteger reads) implements InputFile {
        @Override public String name() { return file.name(); }

        @Override public byte[] bytes() {
            reads.incrementAndGet();
            return file.bytes();
        }
    }

    @Test
    void aBuildReadsEachFileOnceAndKeepsTheSourcesOfThoseLoaded() {
        List<Counted> files = Fixtures.bundledCorpus().subList(0, 3).stream().map(f -> new Counted(f, new AtomicInteger())).toList();
        try (Store store = Store.open(dir.resolve("store"))) {
            assertTrue(builder.build(store, files, false).rebuilt());
            for (Counted f : files) {
                assertEquals(1, f.reads().get(), f.name());
                assertTrue(store.sources().get(Digests.sha256(f.file().bytes())).isPresent(), f.name());
            }
            // The same files again: the check reads them (no record names them: they are not a folder's) and builds nothing.
            assertFalse(builder.build(store, files, false).rebuilt());
            for (Counted f : files) assertEquals(2, f.reads().get(), f.name());
            assertTrue(builder.build(store, files, true).rebuilt());
            for (Counted f : files) assertEquals(3, f.reads().get(), f.name());
        }
    }

    @Test
    void theCheckOfACorpusFolderReadsOnlyTheFilesThatChanged() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<NamedBytes> bundled = Fixtures.bundledCorpus();
        Path first = Files.write(corpus.resolve("a.txt"), bundled.get(0).bytes());
        Files.write(corpus.resolve("b.txt"), bundled.get(1).bytes());
        try (Store store = Store.open(dir.resolve("store"))) {
            assertTrue(builder.build(store, Corpus.folder(corpus), false).rebuilt());
            assertTrue(Files.exists(dir.resolve("store").resolve(CorpusDigests.FILE)));
            assertFalse(builder.build(store, Corpus.folder(corpus), false).rebuilt());

            // Bytes changed under the same size and time are not read, so not seen: the record is what the check trusts.
            FileTime time = Files.getLastModifiedTime(first);
            byte[] bytes = Files.readAllBytes(first);
            byte[] changed = bytes.clone();
            changed[changed.length - 1] = (byte) (changed[changed.length - 1] == ' ' ? '\n' : ' ');
            Files.write(first, changed);
            Files.setLastModifiedTime(first, time);
            assertFalse(builder.build(store, Corpus.folder(corpus), false).rebuilt());

            // A new time: the file is read again and its change found.
            Files.setLastModifiedTime(first, FileTime.fromMillis(time.toMillis() + 2000));
            assertTrue(builder.build(store, Corpus.folder(corpus), false).rebuilt());

            // Touched, its bytes as built: read again, found unchanged, and recorded with its new time.
            Files.setLastModifiedTime(first, FileTime.fromMillis(time.toMillis() + 4000));
            assertFalse(builder.build(store, Corpus.folder(corpus), false).rebuilt());
            assertTrue(Files.readString(dir.resolve("store").resolve(CorpusDigests.FILE)).contains("\t" + (time.toMillis() + 4000) * 1_000_000 + "\t" + first));
        }
    }

    @Test
    void theFingerprintOfABuildIsTheOneOfItsFilesReadBeforeItEvenForAFileItRefused() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("a.txt"), Fixtures.bundledCorpus().get(0).bytes());
        Files.writeString(corpus.resolve("empty.txt"), "");
        try (Store store = Store.open(dir.resolve("store"))) {
            List<InputFile> files = Corpus.folder(corpus);
            builder.build(store, files, false);
            String fingerprint = store.fingerprint("https://w3id.org/dcgraph/graph/build");
            assertEquals(Corpus.fingerprint(files, Fixtures.REFERENCE.base(), org.dcgraph.rdf.DocumentGraphs.EXTRACTOR_VERSION,
                    org.dcgraph.reference.ReferenceData.digestOfFiles()), fingerprint, "the fingerprint of the files as read before");
        }
    }
}
