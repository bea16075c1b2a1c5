package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.dcgraph.store.Store;

/**
 * {@code export}: writes the whole graph. N-Quads, TriG and JSON-LD keep the named graphs; Turtle,
 * which has none, gets the union of them.
 */
final class ExportCommand {
    private static final Map<String, Lang> FORMATS = Map.of(
            "nq", Lang.NQUADS, "trig", Lang.TRIG, "ttl", Lang.TURTLE, "jsonld", Lang.JSONLD);

    private ExportCommand() {}

    static int run(List<String> args, PrintStream out) throws IOException {
        Options o = Options.parse(args, List.of("store", "format"));
        Lang lang = FORMATS.get(o.get("format", "nq"));
        if (lang == null) throw new UsageException("--format is one of nq, trig, ttl, jsonld");
        if (!Files.isDirectory(o.store())) throw new IOException("no store at " + o.store() + " (run build first)");
        try (Store store = Store.open(o.store())) {
            StoreSetup.refreshDumps(store, System.err);
            Txn.executeRead(store.dataset(), () -> {
                if (lang == Lang.TURTLE) {
                    RDFDataMgr.write(out, store.dataset().getUnionGraph(), lang);
                } else {
                    RDFDataMgr.write(out, store.dataset(), lang);
                }
            });
            out.flush();
            return 0;
        }
    }
}
