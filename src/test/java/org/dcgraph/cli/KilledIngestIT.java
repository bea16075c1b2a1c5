package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed while it runs (kill -9, as a crash or an impatient operator does) leaves the store as it was:
 * the command runs in a child JVM, which is killed once it has read every file and is linking and writing them.
 */
class KilledIngestIT {
    private static final List<String> FILES = List.of(Fixtures.RES_78_311_EN, Fixtures.RES_78_311_FR, Fixtures.RES_78_311_ES,
            Fixtures.RES_78_132_EN, "corpus-extra/res-78-105-en.txt", "corpus-extra/res-78-148-en.txt",
            "corpus-extra/res-78-247-en.txt", "corpus-extra/res-78-248-en.txt", Fixtures.DRAFT_L86_EN);

    @TempDir
    Path dir;

    @Test
    void storeOpensWithItsPreviousContentAfterAnIngestIsKilled() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path store = dir.resolve("store");
        StoreFiles.buildFromOneDocument(corpus, store);
        StoreContent before = StoreContent.of(store);

        List<String> arguments = new ArrayList<>(List.of("ingest"));
        for (String f : FILES) arguments.add(Files.write(dir.resolve(Path.of(f).getFileName()), Fixtures.bytes(f)).toString());
        arguments.addAll(List.of("--store", store.toString(), "--corpus", corpus.toString()));
        try (KilledCommand ingest = KilledCommand.start(dir.resolve("ingest.log"), arguments)) {
            ingest.killWhen("every file read", () -> ingest.printed("ingest: " + FILES.size() + "/" + FILES.size() + " files"));
        }
        assertEquals(before, StoreContent.of(store));
    }
}
