package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store a running server holds, asked for by {@code query} or {@code export} from another process. */
class StoreHeldByAServerIT {
    @TempDir
    Path dir;

    @Test
    void queryAndExportSayInOneLineWhatToDo() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        Path store = dir.resolve("store");
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
        try (KilledCommand server = KilledCommand.start(dir.resolve("serve.log"),
                List.of("serve", "--no-build", "--store", store.toString(), "--port", "0", "--bind", "127.0.0.1"))) {
            server.await("the server to serve", () -> server.printed("dcgraph serving"));
            long pid = Long.parseLong(Files.readString(StoreFiles.database(store).resolve("tdb.lock")).strip());
            String expected = "dcgraph: the store " + store + " is open in process " + pid + ", such as a running 'dcgraph serve': "
                    + "ask that server (its /sparql and /queries/NAME routes, its dumps), or stop it and run this again";
            // A build too: it writes a new database beside the one served, but would not be served by that server.
            for (List<String> command : List.of(List.of("query", "documents", "--store", store.toString()),
                                                List.of("export", "--store", store.toString()),
                                                List.of("build", "--corpus", corpus.toString(), "--store", store.toString()))) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                assertEquals(1, Main.run(command, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
                assertEquals(List.of(expected), err.toString(StandardCharsets.UTF_8).lines().toList(), String.join(" ", command));
            }
        }
    }
}
