package org.dcgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store is held by another process, most often a running {@code dcgraph serve}: TDB2 lets one process open a
 * store. Said with what to do instead, rather than as TDB2's lock-file message.
 */
public final class StoreInUseException extends IllegalStateException {
    /** @param database the folder of the database served, whose lock file names the holder (see {@link StoreLayout}) */
    StoreInUseException(Path directory, Path database, RuntimeException cause) {
        super("the store " + directory + " is open in " + holder(database) + ", such as a running 'dcgraph serve': "
                + "ask that server (its /sparql and /queries/NAME routes, its dumps), or stop it and run this again", cause);
    }

    /** The process TDB2's lock file names, when it names one. */
    private static String holder(Path directory) {
        try {
            String pid = Files.readString(directory.resolve("tdb.lock")).strip();
            return pid.matches("\\d+") ? "process " + pid : "another process";
        } catch (IOException e) {
            return "another process";
        }
    }
}
