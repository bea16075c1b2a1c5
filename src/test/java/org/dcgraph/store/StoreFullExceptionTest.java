package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.FileException;
import org.junit.jupiter.api.Test;

/**
 * The two ways a full disk reaches a write to the store, named for the store. The error of a real full device
 * comes from {@code /dev/full}, which fails every write with ENOSPC; TDB2's SIGBUS on a memory-mapped file is the
 * JVM's own {@link InternalError}, with the message it gives. {@code FullDiskIT} fills a real file system.
 */
class StoreFullExceptionTest {
    private static final Path STORE = Path.of("/srv/dcgraph-store");
    private static final String NAMED = "no space left on the disk holding the store /srv/dcgraph-store: the write stopped and the store"
            + " keeps the content it had (free space, then run it again)";

    private static IOException realNoSpaceLeft() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no /dev/full here");
        IOException e = assertThrows(IOException.class, () -> Files.write(full, new byte[1 << 16]));
        assertEquals("No space left on device", e.getMessage());
        return e;
    }

    @Test
    void noSpaceLeftOnDeviceIsNamedForTheStore() {
        IOException real = realNoSpaceLeft();
        // As the dumps and the kept sources report it, and as Jena wraps it.
        for (Throwable failure : new Throwable[] {real, new UncheckedIOException("cannot write the dumps in /srv/dcgraph-store/dumps", real),
                new FileException("ObjectFile.write", real)}) {
            StoreFullException named = StoreFullException.of(failure, STORE);
            assertNotNull(named, failure.toString());
            assertEquals(NAMED, named.getMessage());
            assertSame(failure, named.getCause());
        }
    }

    @Test
    void faultInAMemoryMappedWriteIsNamedForTheStore() {
        // The JVM's words when a write into a mapped file finds no block to take it (HotSpot, compiled and interpreted).
        for (String words : new String[] {"a fault occurred in a recent unsafe memory access operation in compiled Java code",
                "a fault occurred in an unsafe memory access operation"}) {
            RuntimeException named = StoreFullException.named(new InternalError(words), STORE);
            assertEquals(NAMED, named.getMessage());
        }
    }

    @Test
    void otherFailuresAreLeftAsTheyAre() {
        assertNull(StoreFullException.of(new AccessDeniedException("/srv/dcgraph-store/Data-0001/nodes.dat"), STORE));
        assertNull(StoreFullException.of(new IllegalStateException("No space left in the pool"), STORE));
        IllegalArgumentException other = new IllegalArgumentException("bad");
        assertSame(other, StoreFullException.named(other, STORE));
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        assertSame(heap, assertThrows(OutOfMemoryError.class, () -> StoreFullException.named(heap, STORE)));
        assertNull(StoreFullException.of(new InternalError("a fault occurred in a recent unsafe memory access"), null), "a store in memory has no disk");
    }
}
