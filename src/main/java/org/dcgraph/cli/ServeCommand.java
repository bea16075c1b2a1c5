package org.dcgraph.cli;

import java.io.PrintStream;
import java.util.List;

final class ServeCommand {
    private ServeCommand() {}

    static int run(List<String> args, PrintStream out) {
        throw new UsageException("serve is being wired");
    }
}
