package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.dcgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code build}: rebuilds the store from the corpus and reports what was recognised in each file. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
         description = "Rebuilds the store from the corpus and reports, file by file, what was read and what was refused.")
final class BuildCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin CorpusOptions corpus;

    private final PrintStream out;

    BuildCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        try (Store store = StoreSetup.openBuilt(storeOption.store, corpus, out, true)) {
            return 0;
        }
    }
}
