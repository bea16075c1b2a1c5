package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.Page;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.query.ResultFormat;
import org.dcgraph.query.ResultTooLargeException;
import org.dcgraph.store.Store;

/**
 * {@code query NAME}: runs a named query against the store (built first if it holds no build) and prints the rows, or
 * the page of them {@code --offset} and {@code --limit} ask for.
 */
final class QueryCommand {
    private QueryCommand() {}

    static int run(List<String> args, PrintStream out) throws IOException {
        Options o = Options.parse(args, List.of("param", "store", "format", "corpus", "base", "timeout", "max-results", Page.OFFSET, Page.LIMIT));
        if (o.arguments().size() != 1) throw new UsageException("query takes exactly one query name");
        String formatName = o.get("format", "csv");
        ResultFormat format = ResultFormat.forName(formatName)
                .orElseThrow(() -> new UsageException("--format is one of csv, tsv, json, xml, not '" + formatName + "'"));
        NamedQuery query = QueryCatalogue.fromClasspath().get(o.arguments().get(0));
        Page page = Page.of(query.name(), o.get(Page.OFFSET, null), o.get(Page.LIMIT, null));
        QueryLimits limits = new QueryLimits(Duration.ofSeconds(o.intValue("timeout", 10)), Set.of(),
                                             o.intValue("max-results", QueryLimits.DEFAULT_MAX_RESULTS));
        try (Store store = StoreSetup.openForQuery(o, new PrintStream(PrintStream.nullOutputStream()))) {
            format.write(out, new QueryRunner(store.dataset(), limits).run(query, o.params(), page));
            out.flush();
            return 0;
        } catch (ResultTooLargeException e) {
            throw new IllegalStateException(e.getMessage() + ": page through it with --offset and --limit", e);
        }
    }
}
