import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.store.Store;

/**
 * Times the parts of writing a store's dumps, to see which costs: decoding and writing each format without
 * compression (to a stream that discards), then each compressed by gzip at its default level (6, what the build
 * uses) and at level 1. Bytes written are reported beside each time.
 * Run from the repository root, after `mvn -B -q package -DskipTests`:
 *   java -Xmx4g -cp target/dcgraph.jar bench/DumpTimes.java STORE
 */
public class DumpTimes {
    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            DatasetGraph dataset = store.dataset();
            Consumer<OutputStream> nquads = out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
            Consumer<OutputStream> turtle = out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
            Txn.executeRead(dataset, () -> {
                time("N-Quads, first read (warms the node cache)", nquads, -2);
                time("N-Quads, uncompressed", nquads, -2);
                time("N-Quads, gzip level 6", nquads, Deflater.DEFAULT_COMPRESSION);
                time("N-Quads, gzip level 1", nquads, Deflater.BEST_SPEED);
                time("Turtle of the union graph, uncompressed", turtle, -2);
                time("Turtle of the union graph, gzip level 6", turtle, Deflater.DEFAULT_COMPRESSION);
                time("Turtle of the union graph, gzip level 1", turtle, Deflater.BEST_SPEED);
            });
        }
    }

    /** Writes once; {@code level} -2 writes uncompressed. */
    private static void time(String what, Consumer<OutputStream> writing, int level) {
        Counting counted = new Counting();
        long start = System.nanoTime();
        try (OutputStream out = level == -2 ? counted : new Level(counted, level)) {
            writing.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("| %s | %.1f s | %,d bytes |%n", what, (System.nanoTime() - start) / 1e9, counted.bytes);
    }

    private static final class Level extends GZIPOutputStream {
        Level(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override public void write(int b) { bytes++; }

        @Override public void write(byte[] b, int off, int len) { bytes += len; }
    }
}
