package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.dcgraph.store.Store;

/** {@code build}: rebuilds the store from the corpus and reports what was recognised in each file. */
final class BuildCommand {
    private BuildCommand() {}

    static int run(List<String> args, PrintStream out) throws IOException {
        Options o = Options.parse(args, List.of("corpus", "store", "base"));
        try (Store store = StoreSetup.openBuilt(o, out, true)) {
            return 0;
        }
    }
}
