import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.Page;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.query.ResultFormat;
import org.dcgraph.store.Store;

/**
 * Times two versions of the named query {@code search} side by side in one JVM against a built store, through the
 * service's own runner, each search of {@link #SEARCHES} run by both in turn so that both see the same load, and
 * says whether their answers are the same row for row (TSV). Run from the repository root (bench/search.sh does):
 *   java -cp CLASSPATH bench/SearchTimes.java STORE BEFORE.rq AFTER.rq [RUNS] [ANSWERS_DIR]
 * RUNS defaults to 7: the first two warm the JIT and the caches and are left out; the median (p50) and the 99th
 * percentile (p99) of the rest's wall times are given, with the CPU time of the calling thread per run (steadier than
 * wall time on a shared machine).
 */
public class SearchTimes {
    private record Search(String label, Map<String, String> parameters, Page page) {}

    private static final List<Search> SEARCHES = List.of(
            new Search("capacity-building, en", Map.of("q", "capacity-building", "lang", "en"), Page.WHOLE),
            new Search("القدرات, ar", Map.of("q", "القدرات", "lang", "ar"), Page.WHOLE),
            new Search("cooperation, every language", Map.of("q", "cooperation"), Page.WHOLE),
            new Search("\"sustainable development\", en", Map.of("q", "\"sustainable development\"", "lang", "en"), Page.WHOLE),
            new Search("cooperation, en, A/RES/78/311 only", Map.of("q", "cooperation", "lang", "en", "symbol", "A/RES/78/311"), Page.WHOLE),
            new Search("capacity-building, en, first 50 (the web page)", Map.of("q", "capacity-building", "lang", "en"), new Page(0, 50)));

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int WARM_UPS = 2;

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Map<String, NamedQuery> versions = new LinkedHashMap<>();
        versions.put("before", NamedQuery.parse("search", Files.readString(Path.of(args[1]))));
        versions.put("after", NamedQuery.parse("search", Files.readString(Path.of(args[2]))));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        Path answers = args.length > 4 ? Files.createDirectories(Path.of(args[4])) : Files.createTempDirectory("search-answers");
        try (Store s = Store.open(store)) {
            QueryRunner runner = new QueryRunner(s.dataset(), new QueryLimits(Duration.ofSeconds(120), Set.of(), Integer.MAX_VALUE));
            System.out.println("| search | rows | p50 ms, before | p99 ms, before | p50 ms, after | p99 ms, after | CPU ms per run, before | CPU ms per run, after | same answer |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (int i = 0; i < SEARCHES.size(); i++) {
                Search search = SEARCHES.get(i);
                Map<String, List<Long>> wall = new LinkedHashMap<>();
                Map<String, Long> cpu = new LinkedHashMap<>();
                Map<String, String> tsv = new LinkedHashMap<>();
                Map<String, Long> rows = new LinkedHashMap<>();
                versions.keySet().forEach(v -> { wall.put(v, new ArrayList<>()); cpu.put(v, 0L); });
                for (int run = 0; run < runs; run++) {
                    for (var version : versions.entrySet()) {
                        long cpuStart = CPU.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        RowSetRewindable answer = runner.run(version.getValue(), search.parameters(), search.page());
                        long elapsed = (System.nanoTime() - start) / 1_000_000;
                        if (run < WARM_UPS) continue;
                        wall.get(version.getKey()).add(elapsed);
                        cpu.merge(version.getKey(), (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000, Long::sum);
                        if (run == runs - 1) {
                            rows.put(version.getKey(), answer.size());
                            answer.reset();
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            ResultFormat.forName("tsv").orElseThrow().write(out, answer);
                            String text = out.toString(StandardCharsets.UTF_8);
                            tsv.put(version.getKey(), text);
                            Files.writeString(answers.resolve("search-" + i + "-" + version.getKey() + ".tsv"), text);
                        }
                    }
                }
                int measured = runs - WARM_UPS;
                System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %s |%n", search.label(), rows.get("after"),
                                  percentile(wall.get("before"), 50), percentile(wall.get("before"), 99),
                                  percentile(wall.get("after"), 50), percentile(wall.get("after"), 99),
                                  cpu.get("before") / measured, cpu.get("after") / measured,
                                  tsv.get("before").equals(tsv.get("after")) ? "yes" : "NO");
            }
        }
        System.out.println("answers: " + answers);
    }

    /** The nearest-rank percentile: with fewer than 100 runs, the 99th is the slowest. */
    private static long percentile(List<Long> times, int p) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
