package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar dcgraph.jar COMMAND [options]}: serve, build, query, export, ingest. Exit status 0 on
 * success; otherwise non-zero with a one-line reason on standard error.
 */
public final class Main {
    private static final String USAGE = """
            usage: java -jar dcgraph.jar COMMAND [options]
              serve  [--corpus DIR] [--store DIR] [--port N] [--base IRI] [--timeout SECONDS]
                     [--max-results N] [--threads N] [--concurrent-queries N] [--allow-service IRI,IRI] [--bind HOST]
                     [--no-build]   (serve the store as it is: a replica of a store built elsewhere)
                     [--admin-port N [--admin-bind HOST --admin-token TOKEN]]   (POST /admin/ingest, loopback only by default)
              build  [--corpus DIR] [--store DIR] [--base IRI]
              query  NAME [--param k=v ...] [--store DIR] [--format csv|tsv|json|xml] [--timeout SECONDS] [--max-results N]
                     [--offset N] [--limit N]   (one page of the answer: the rows after the first N, at most N of them)
              export [--store DIR] [--format nq|trig|ttl|jsonld]
              ingest FILE... [--store DIR] [--corpus DIR] [--base IRI]   (text in any encoding, or PDF)
            Without --corpus the bundled corpus is used; the store defaults to ./dcgraph-store.""";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "serve" -> ServeCommand.run(rest, out);
                case "build" -> BuildCommand.run(rest, out);
                case "query" -> QueryCommand.run(rest, out);
                case "export" -> ExportCommand.run(rest, out);
                case "ingest" -> IngestCommand.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("dcgraph: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("dcgraph: " + oneLine(e));
            return 1;
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
