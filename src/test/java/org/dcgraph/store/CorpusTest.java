package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcgraph.Fixtures;
import org.dcgraph.QueryRows;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.SourceReader;
import org.dcgraph.pipeline.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void folderListsItsFilesInOrderAndSkipsHiddenOnes() throws IOException {
        write("78/b.xml", "b");
        write("75/a.xml", "a");
        write(".git/config", "hidden");
        write("78/.DS_Store", "hidden");
        assertEquals(List.of(dir.resolve("75/a.xml").toString(), dir.resolve("78/b.xml").toString()),
                Corpus.folder(dir).stream().map(InputFile::name).toList());
    }

    @Test
    void folderFileIsReadWhenTheBuildAsksForItsBytesNotWhenListed() throws Exception {
        Path file = write("a.xml", "first");
        InputFile listed = Corpus.folder(dir).get(0);
        Files.writeString(file, "second");
        assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), listed.bytes());
    }

    /** Issue 17, point 12: one file over 64 MB stopped the whole build; it is refused by name, and the rest is built. */
    @Test
    void aFileLargerThanOneDocumentCanBeIsRefusedByNameAndTheBuildGoesOn() throws IOException {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SourceReader.MAX_BYTES + 1);
        }
        Path draft = Files.write(dir.resolve("draft.txt"), Fixtures.bytes(Fixtures.DRAFT_L86_EN));
        try (Store store = Store.inMemory()) {
            BuildResult result = new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Corpus.folder(dir), true).result();
            Map<String, FileOutcome> outcomes = result.outcomes().stream().collect(Collectors.toMap(FileOutcome::file, o -> o));
            assertEquals(FileOutcome.skipped(big.toString(), "file of 65 MB is larger than the limit of 64 MB for one document"), outcomes.get(big.toString()));
            assertTrue(outcomes.get(draft.toString()).loaded(), outcomes.toString());
        }
    }

    /**
     * Issue 17, point 13: a symbolic link in a corpus folder to a file outside it was followed and read. It is refused
     * by name in the build's report, the file it points to is not read, and the rest is built; a link to a folder is
     * not walked into.
     */
    @Test
    void aSymbolicLinkToAFileOutsideTheCorpusIsRefusedByName() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Path secret = Files.write(outside.resolve("res-78-311-en.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        Path draft = Files.write(corpus.resolve("draft.txt"), Fixtures.bytes(Fixtures.DRAFT_L86_EN));
        Path link = Files.createSymbolicLink(corpus.resolve("res.txt"), secret);
        Files.createSymbolicLink(corpus.resolve("more"), outside);
        try (Store store = Store.inMemory()) {
            BuildResult result = new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Corpus.folder(corpus), true).result();
            Map<String, FileOutcome> outcomes = result.outcomes().stream().collect(Collectors.toMap(FileOutcome::file, o -> o));
            assertEquals(Set.of(draft.toString(), link.toString(), corpus.resolve("more").toString()), outcomes.keySet());
            assertEquals("skipped " + link + ": a symbolic link, which a build does not follow: copy the file into the corpus folder",
                    outcomes.get(link.toString()).toString());
            assertTrue(outcomes.get(draft.toString()).loaded(), outcomes.toString());
            assertEquals(List.of(), QueryRows.of(store, "documents", Map.of()).stream().filter(r -> "en".equals(r.get("language"))
                    && "A/RES/78/311".equals(r.get("symbol"))).toList());
        }
    }

    @Test
    void aFileReplacedByASymbolicLinkAfterListingIsNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the store");
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path file = Files.writeString(corpus.resolve("a.txt"), "first");
        InputFile listed = Corpus.folder(corpus).get(0);
        Files.delete(file);
        Files.createSymbolicLink(file, secret);
        assertEquals("a symbolic link, which a build does not follow: copy the file into the corpus folder",
                assertThrows(UnreadableSourceException.class, listed::bytes).getMessage());
    }

    /**
     * Issue 17, point 12: a 50 MB attribute in an AKN file cost 2.2 GB of heap; it is refused before parsing, and the
     * build reports the refusal against the file's name as for any file it cannot read.
     */
    @Test
    void anAknFileWithAFiftyMegabyteAttributeIsRefusedByName() {
        String akn = new String(Fixtures.bytes(Fixtures.AKN_78_311_EN), StandardCharsets.UTF_8);
        int attribute = 50 * 1024 * 1024;
        byte[] bloated = akn.replaceFirst("<statement ", "<statement x=\"" + "a".repeat(attribute) + "\" ").getBytes(StandardCharsets.UTF_8);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> new Pipeline(Fixtures.REFERENCE).extractAny(new NamedBytes("bloated.xml", bloated)));
        assertEquals("an attribute value of " + attribute + " bytes (line 3) is longer than the limit of 65536 bytes for Akoma Ntoso XML",
                     e.getMessage());
    }

    @Test
    void fileRemovedAfterListingEndsTheBuildWithItsName() throws IOException {
        Path file = write("a.xml", "text");
        List<InputFile> files = Corpus.folder(dir);
        Files.delete(file);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Corpus.fingerprint(files, "http://x/", "1", "r"));
        assertEquals(file + ": no such file", e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
