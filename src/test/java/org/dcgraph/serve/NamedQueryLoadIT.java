package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.dcgraph.serve.linked.BundledGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 clients ask the named queries over the bundled corpus, each request after the last, for five minutes
 * ({@code -Ddcgraph.load.duration=PT30S} shortens it; an ISO-8601 duration). Every answer must be 200, and the
 * server's heap, measured after garbage collection before and after the load, must stay within 10%. Latencies per
 * query go to {@code target/load-test/latencies.csv}. The server runs in this JVM, so its heap is this JVM's heap.
 */
class NamedQueryLoadIT {
    private static final int CLIENTS = 64;
    private static final Duration DURATION = Duration.parse(System.getProperty("dcgraph.load.duration", "PT5M"));
    /** Long enough for every query to be compiled and every cache and pool to reach the size the load gives it. */
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final double HEAP_TOLERANCE = 0.10;
    private static final Path REPORT = Path.of("target", "load-test", "latencies.csv");
    /** Every named query, with parameters that have answers in the bundled corpus. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("documents", "/queries/documents"),
            Map.entry("paragraphs", "/queries/paragraphs?symbol=A/RES/78/311"),
            Map.entry("citations", "/queries/citations?symbol=A/RES/78/132"),
            Map.entry("sponsors", "/queries/sponsors?symbol=A/RES/78/311"),
            Map.entry("bodies", "/queries/bodies?symbol=A/RES/78/311"),
            Map.entry("mandates", "/queries/mandates?symbol=A/RES/78/311"),
            Map.entry("alignment", "/queries/alignment?symbol=A/RES/78/311"),
            Map.entry("sdgs", "/queries/sdgs"),
            Map.entry("most-cited", "/queries/most-cited"),
            Map.entry("citation-chain", "/queries/citation-chain?symbol=A/RES/78/132"),
            Map.entry("sponsorship", "/queries/sponsorship?topic=artificial-intelligence"),
            Map.entry("instruments", "/queries/instruments"),
            Map.entry("search", "/queries/search?q=cooperation&lang=en"),
            Map.entry("recommendations", "/queries/recommendations"),
            Map.entry("lineage", "/queries/lineage?code=3C"),
            Map.entry("mandate-status", "/queries/mandate-status?symbol=A/RES/78/311"));

    @TempDir
    static Path dumps;
    private static BundledGraph graph;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        graph = new BundledGraph(dumps, settings -> settings);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void sixtyFourClientsGetNoErrorAndTheHeapStaysWithinTenPercent() throws Exception {
        Load warmUp = run(WARM_UP);
        assertEquals(List.of(), warmUp.errors, "errors while warming up");
        long heapBefore = settledHeapBytes();
        Load load = run(DURATION);
        long heapAfter = settledHeapBytes();

        String report = load.report();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.printf("%d clients, %s: %d requests, %d errors, heap after GC %d MB before, %d MB after, load average %.2f%n%s",
                          CLIENTS, DURATION, load.requests(), load.errors.size(), heapBefore >> 20, heapAfter >> 20,
                          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), report);

        assertEquals(List.of(), load.errors.subList(0, Math.min(10, load.errors.size())), load.errors.size() + " errors");
        assertTrue(Math.abs(heapAfter - heapBefore) <= HEAP_TOLERANCE * heapBefore,
                   "heap after GC went from " + heapBefore + " to " + heapAfter + " bytes");
    }

    /** The heap in use after several collections and a pause: one System.gc() is only a hint, and finalisation and reference processing lag. */
    private static long settledHeapBytes() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Each client asks a query picked at random, waits for the whole answer, and asks again, until the time is up. */
    private static Load run(Duration duration) throws Exception {
        Load load = new Load();
        long end = System.nanoTime() + duration.toNanos();
        List<String> names = List.copyOf(QUERIES.keySet());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++)
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end)
                        load.ask(names.get(ThreadLocalRandom.current().nextInt(names.size())));
                    return null;
                }));
            for (Future<?> client : running)
                client.get();
        } finally {
            clients.shutdownNow();
        }
        return load;
    }

    /** What the clients met: each query's latencies, and every error. */
    private static final class Load {
        final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());

        void ask(String name) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(graph.origin() + QUERIES.get(name)))
                                             .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200)
                    errors.add(name + ": " + response.statusCode() + " " + response.body().strip());
                else if (response.body().lines().count() < 2)
                    errors.add(name + ": no rows");
                latencies.computeIfAbsent(name, n -> new Latencies()).add(took);
            } catch (IOException e) {
                errors.add(name + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors.add(name + ": interrupted");
            }
        }

        long requests() {
            return latencies.values().stream().mapToLong(Latencies::count).sum();
        }

        String report() {
            StringBuilder csv = new StringBuilder("query,requests,median_ms,p99_ms,max_ms\n");
            latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                long[] sorted = entry.getValue().sorted();
                csv.append("%s,%d,%.1f,%.1f,%.1f%n".formatted(entry.getKey(), sorted.length, millis(percentile(sorted, 0.50)),
                                                              millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1])));
            });
            return csv.toString();
        }

        private static long percentile(long[] sorted, double fraction) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }
    }

    /** Latencies in nanoseconds, in a growing array: a few hundred thousand of them take a few MB. */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int count;

        synchronized void add(long nanos) {
            if (count == values.length)
                values = Arrays.copyOf(values, 2 * count);
            values[count++] = nanos;
        }

        synchronized long count() {
            return count;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, count);
            Arrays.sort(copy);
            return copy;
        }
    }
}
