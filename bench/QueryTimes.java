import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.query.QueryTimeoutException;
import org.dcgraph.query.ResultFormat;
import org.dcgraph.store.Store;

/**
 * Times every named query in one JVM against a built store, through the service's own runner, and writes each
 * answer as TSV so that two runs (before and after a change to a query) can be compared row by row.
 * Run from the repository root, after `mvn -B -q package -DskipTests`:
 *   java -Xmx4g -cp target/dcgraph.jar bench/QueryTimes.java STORE [QUERIES_DIR] [RUNS] [ANSWERS_DIR]
 * -Donly=NAME,NAME times only those queries; -Dsymbol=SYMBOL gives that symbol to every query that takes one (as
 * bench/run.sh does), where by default only the lookups that need a symbol get A/RES/78/311. QUERIES_DIR defaults to queries/, RUNS to 5 (the first is reported apart: it warms the JIT and the caches),
 * ANSWERS_DIR to a new temporary folder. The time limit is 120 s (-Dlimit=SECONDS to change it), so that a slow
 * query is measured rather than cut at the service's 10 s.
 */
public class QueryTimes {
    /** Parameters for the queries that need them: documents and subjects the General Assembly record holds. */
    private static final Map<String, Map<String, String>> PARAMETERS = Map.of(
            "alignment", Map.of("symbol", "A/RES/78/311"),
            "paragraphs", Map.of("symbol", "A/RES/78/311"),
            "sponsors", Map.of("symbol", "A/RES/78/311"),
            "citation-chain", Map.of("symbol", "A/RES/78/311"),
            "lineage", Map.of("code", "3C"),
            "search", Map.of("q", "capacity-building", "lang", "en"),
            "sponsorship", Map.of("keyword", "http://metadata.un.org/thesaurus/1000401"));

    /** The query runs on the calling thread: its CPU time says what the query costs whatever the machine's load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("limit", 120));

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path queries = Path.of(args.length > 1 ? args[1] : "queries");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path answers = args.length > 3 ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("answers");
        QueryCatalogue catalogue = QueryCatalogue.fromDirectory(queries);
        String only = System.getProperty("only");
        try (Store s = Store.open(store)) {
            QueryRunner runner = new QueryRunner(s.dataset(), new QueryLimits(LIMIT, Set.of(), Integer.MAX_VALUE));
            System.out.printf("| query | rows | first run (ms) | median of the next %d (ms) | CPU per run (ms) |%n|---|---|---|---|---|%n", runs - 1);
            for (NamedQuery q : catalogue.all()) {
                if (only != null && !List.of(only.split(",")).contains(q.name())) continue;
                Map<String, String> params = new TreeMap<>(PARAMETERS.getOrDefault(q.name(), Map.of()));
                String symbol = System.getProperty("symbol");
                if (symbol != null && q.parameters().stream().anyMatch(p -> p.name().equals("symbol"))) params.put("symbol", symbol);
                List<Long> times = new ArrayList<>();
                long cpuBefore = CPU.getCurrentThreadCpuTime();
                RowSetRewindable rows = null;
                long cpu;
                try {
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        rows = runner.run(q, params);
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                    cpu = (CPU.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000 / runs;
                } catch (QueryTimeoutException e) {
                    System.out.printf("| %s %s | - | over %d s | - | - |%n", q.name(), params.isEmpty() ? "" : params, LIMIT.toSeconds());
                    continue;
                }
                try (OutputStream out = new FileOutputStream(answers.resolve(q.name() + ".tsv").toFile())) {
                    rows.reset();
                    ResultFormat.forName("tsv").orElseThrow().write(out, rows);
                }
                List<Long> rest = new ArrayList<>(times.subList(1, times.size()));
                Collections.sort(rest);
                String median = rest.isEmpty() ? "-" : String.valueOf(rest.get(rest.size() / 2));
                System.out.printf("| %s %s | %d | %d | %s | %d |%n", q.name(), params.isEmpty() ? "" : params, rows.size(), times.get(0), median, cpu);
            }
        }
        System.out.println("answers: " + answers);
    }
}
