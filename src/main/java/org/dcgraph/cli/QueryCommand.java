package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.Page;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.query.ResultFormat;
import org.dcgraph.query.ResultTooLargeException;
import org.dcgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query NAME}: runs a named query against the store (built first if it holds no build) and prints the rows, or
 * the page of them {@code --offset} and {@code --limit} ask for.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
         description = "Runs a named query (queries/index.txt lists them) and prints its rows.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "The named query, e.g. documents, sponsors, mandates.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query; repeat for each.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows of the answer.")
    String offset;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows.")
    String limit;

    @Mixin StoreOption storeOption;
    @Mixin CorpusOptions corpus;
    @Mixin LimitOptions limits;

    private final PrintStream out;

    QueryCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        ResultFormat writer = ResultFormat.forName(format)
                .orElseThrow(() -> new UsageException("--format is one of csv, tsv, json, xml, not '" + format + "'"));
        NamedQuery query = QueryCatalogue.fromClasspath().get(name);
        Page page = Page.of(query.name(), offset, limit);
        try (Store store = StoreSetup.openForQuery(storeOption.store, corpus, new PrintStream(PrintStream.nullOutputStream()))) {
            writer.write(out, new QueryRunner(store.dataset(), limits.limits()).run(query, params, page));
            out.flush();
            return 0;
        } catch (ResultTooLargeException e) {
            throw new IllegalStateException(e.getMessage() + ": page through it with --offset and --limit", e);
        }
    }
}
