package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.dcgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: writes the whole graph. N-Quads, TriG and JSON-LD keep the named graphs; Turtle,
 * which has none, gets the union of them.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
         description = "Writes the whole graph to standard output.")
final class ExportCommand implements Callable<Integer> {
    /** The formats and their names on the command line. */
    enum Format {
        nq(Lang.NQUADS), trig(Lang.TRIG), ttl(Lang.TURTLE), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Mixin StoreOption storeOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq",
            description = "One of ${COMPLETION-CANDIDATES}; ttl is the union of the named graphs (default: ${DEFAULT-VALUE}).")
    Format format;

    private final PrintStream out;

    ExportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(storeOption.store)) throw new IOException("no store at " + storeOption.store + " (run build first)");
        try (Store store = Store.open(storeOption.store)) {
            StoreSetup.refreshDumps(store, System.err);
            Txn.executeRead(store.dataset(), () -> {
                if (format == Format.ttl) {
                    RDFDataMgr.write(out, store.dataset().getUnionGraph(), format.lang);
                } else {
                    RDFDataMgr.write(out, store.dataset(), format.lang);
                }
            });
            out.flush();
            return 0;
        }
    }
}
