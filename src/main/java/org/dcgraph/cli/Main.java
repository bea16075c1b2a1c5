package org.dcgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar dcgraph.jar COMMAND [options]}: serve, build, query, export, ingest. Exit status 0 on success, 2
 * for a command line that cannot be run (named in one line, with where to find the help), 1 for a failure (its
 * reason in one line).
 */
@Command(name = "dcgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
         description = "Builds the knowledge graph of the UN's digital-cooperation documents and serves it over SPARQL.",
         footer = {"", "Every option can also be set from the environment: --max-results of serve reads DCGRAPH_SERVE_MAX_RESULTS,",
                   "then DCGRAPH_MAX_RESULTS. See docs/cli.md."})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, with defaults read from {@code environment}. */
    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return commandLine(out, err, environment).execute(args.toArray(String[]::new));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new ServeCommand(out))
                .addSubcommand(new BuildCommand(out))
                .addSubcommand(new QueryCommand(out))
                .addSubcommand(new ExportCommand(out))
                .addSubcommand(new IngestCommand(out, err))
                .addSubcommand(new CommandLine.HelpCommand());
        // Set after the subcommands are added: each setting is copied down to the commands present.
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
        cli.setParameterExceptionHandler((e, given) -> usageError(e.getCommandLine(), reason(e, given), err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> e instanceof UsageException
                ? usageError(command, e.getMessage(), err)
                : failure(e, err));
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed: serve, build, query, export or ingest");
    }

    private static String reason(ParameterException e, String[] given) {
        boolean atTop = e.getCommandLine().getParent() == null;
        if (atTop && e instanceof UnmatchedArgumentException && given.length > 0 && !given[0].startsWith("-"))
            return "unknown command '" + given[0] + "'";
        return e.getMessage();
    }

    private static int usageError(CommandLine command, String reason, PrintStream err) {
        err.println("dcgraph: " + reason);
        err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
        return 2;
    }

    private static int failure(Exception e, PrintStream err) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("dcgraph: " + m.replaceAll("\\s+", " ").strip());
        return 1;
    }
}
