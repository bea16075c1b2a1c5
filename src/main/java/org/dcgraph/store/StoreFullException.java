package org.dcgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write to the store stopped because the disk holding it is full. The write's transaction was aborted, so the
 * store keeps the content it had. A full disk shows in two ways: a file write fails with the system's "No space left
 * on device" (or a quota's "Disk quota exceeded"), and a write into one of TDB2's memory-mapped files gets a SIGBUS,
 * which the JVM turns into an {@link InternalError} saying "a fault occurred in a recent unsafe memory access"
 * and naming neither the file nor the reason.
 */
public final class StoreFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFullException(Path folder, Throwable cause) {
        super("no space left on the disk holding the store " + folder + ": the write stopped and the store keeps the content it had"
              + " (free space, then run it again)", cause);
    }

    /** The failure named for the store when a full disk caused it, or null when something else did. */
    static StoreFullException of(Throwable failure, Path folder) {
        if (folder == null) return null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreFullException full) return full;
            if (t instanceof InternalError && mentions(t, "unsafe memory access")) return new StoreFullException(folder, failure);
            if (t instanceof IOException && (mentions(t, "no space left on device") || mentions(t, "disk quota exceeded")))
                return new StoreFullException(folder, failure);
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** Rethrows {@code failure}, as the store's full-disk error when a full disk caused it. */
    static RuntimeException named(Throwable failure, Path folder) {
        StoreFullException full = of(failure, folder);
        if (full != null) return full;
        if (failure instanceof RuntimeException r) return r;
        if (failure instanceof Error e) throw e;
        return new IllegalStateException(failure);
    }

    private static boolean mentions(Throwable t, String words) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words);
    }
}
