package org.dcgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is: every command names one. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dcgraph-store",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;
}
