package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;
import org.dcgraph.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out of docs/operations.md, run as an operator runs it: ops/up.sh starts three read-only replicas of a
 * store behind HAProxy on loopback, and ops/switch.sh moves them one by one to another store while clients keep
 * asking through the proxy. Needs Debian's haproxy and socat, which .ci/run installs.
 */
class ScaleOutIT {
    private static final Path OPS = Path.of("ops").toAbsolutePath();
    private static final int REPLICAS = 3;
    private static final int CLIENTS = 4;
    private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String GRAPHS = "SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?s ?p ?o } } ORDER BY ?graph";

    /** What the clients ask: named queries and the SPARQL endpoint, by GET and by POST. */
    private enum Ask {
        DOCUMENTS, SPONSORS, COUNT_BY_GET, GRAPHS_BY_POST;

        HttpRequest request(int port) {
            String base = "http://127.0.0.1:" + port;
            return switch (this) {
                case DOCUMENTS -> HttpRequest.newBuilder(URI.create(base + "/queries/documents?format=csv")).build();
                case SPONSORS -> HttpRequest.newBuilder(URI.create(base + "/queries/sponsors?symbol=A/RES/78/311&format=csv")).build();
                case COUNT_BY_GET -> HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(COUNT_QUADS, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").build();
                case GRAPHS_BY_POST -> HttpRequest.newBuilder(URI.create(base + "/sparql"))
                        .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(GRAPHS, StandardCharsets.UTF_8))).build();
            };
        }
    }

    /** One request a client made through the proxy: sent and answered (nanoTime), and the answer or its failure. */
    private record Answer(Ask ask, long sent, long answered, int status, String body) {}

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> scripts = new ArrayList<>();

    @BeforeEach
    void proxyIsInstalled() {
        assumeTrue(onPath("haproxy"), "haproxy is not installed (Debian's haproxy; .ci/run installs it): the scale-out is not tested");
        assumeTrue(onPath("socat"), "socat is not installed (Debian's socat; .ci/run installs it): the scale-out is not tested");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    @AfterEach
    void stopEveryProcess() throws Exception {
        scripts.forEach(Process::destroyForcibly);
        Path deploy = dir.resolve("deploy");
        if (!Files.isDirectory(deploy)) return;
        Process down = new ProcessBuilder(OPS.resolve("down.sh").toString(), deploy.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!down.waitFor(60, TimeUnit.SECONDS)) down.destroyForcibly();
        // Whatever down.sh left (it failed, or a switch was cut half-way): every process a pid file names.
        try (Stream<Path> files = Files.walk(deploy)) {
            for (Path pid : files.filter(f -> f.getFileName().toString().endsWith("pid")).toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void rollingSwitchDropsNoRequestAndEndsWithEveryAnswerFromTheNewStore() throws Exception {
        Path storeA = build("a", Fixtures.RES_78_311_AR, Fixtures.RES_78_132_AR);
        Path storeB = build("b", Fixtures.RES_78_311_AR, Fixtures.RES_78_132_AR, Fixtures.DRAFT_L86_EN);
        Map<Ask, String> answersOfA = answersServedFrom(storeA);
        Map<Ask, String> answersOfB = answersServedFrom(storeB);
        for (Ask ask : Ask.values()) assertNotEquals(answersOfA.get(ask), answersOfB.get(ask), ask + " must tell store A from store B");

        int proxyPort = up(storeA, REPLICAS);

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean asking = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int first = c;
            clients.submit(() -> {
                for (int i = first; asking.get(); i++) answers.add(ask(Ask.values()[i % Ask.values().length], proxyPort));
            });
        }
        long switchStarted = System.nanoTime();
        int switchStatus = runScript(List.of(OPS.resolve("switch.sh").toString(), dir.resolve("deploy").toString(), storeB.toString()), "switch");
        long switchEnded = System.nanoTime();
        Thread.sleep(3_000);
        asking.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients did not stop");
        assertEquals(0, switchStatus, "ops/switch.sh");

        List<Answer> during = answers.stream().filter(a -> a.answered() > switchStarted && a.sent() < switchEnded).toList();
        List<Answer> after = answers.stream().filter(a -> a.sent() > switchEnded).toList();
        List<Answer> failed = answers.stream().filter(a -> a.status() != 200).toList();
        Function<Answer, String> store = a -> a.body().equals(answersOfA.get(a.ask())) ? "A"
                : a.body().equals(answersOfB.get(a.ask())) ? "B" : "neither";
        System.out.printf("ScaleOutIT: %d requests during a switch of %.1f s, %d after it; %d failed; answers during it: %s%n",
                during.size(), (switchEnded - switchStarted) / 1e9, after.size(), failed.size(),
                during.stream().collect(Collectors.groupingBy(store, Collectors.counting())));

        assertEquals(List.of(), failed.stream().limit(5).toList(), failed.size() + " requests failed");
        assertEquals(List.of(), answers.stream().filter(a -> store.apply(a).equals("neither")).limit(5).toList(),
                "every answer is store A's or store B's");
        assertEquals(List.of(), after.stream().filter(a -> !store.apply(a).equals("B")).limit(5).toList(),
                "after the switch every answer is store B's");
        assertTrue(during.stream().anyMatch(a -> store.apply(a).equals("A")) && during.stream().anyMatch(a -> store.apply(a).equals("B")),
                "during the switch readers got both stores' answers, replica by replica");
        for (Ask ask : Ask.values()) {
            assertTrue(after.stream().anyMatch(a -> a.ask() == ask), "no " + ask + " was asked after the switch");
        }
    }

    @Test
    void switchToAStoreThatDoesNotServeStopsAtTheFirstReplicaWhichGoesBackToTheOldStore() throws Exception {
        Path storeA = build("a", Fixtures.RES_78_311_AR, Fixtures.RES_78_132_AR);
        Path unbuilt = dir.resolve("store-unbuilt");
        Store.open(unbuilt).close();
        String documentsOfA = answersServedFrom(storeA).get(Ask.DOCUMENTS);
        int proxyPort = up(storeA, 2);

        assertEquals(1, runScript(List.of(OPS.resolve("switch.sh").toString(), dir.resolve("deploy").toString(), unbuilt.toString()), "switch"));
        String log = Files.readString(dir.resolve("switch.log"));
        assertTrue(log.contains("r1 did not start on " + unbuilt), log);
        assertFalse(log.contains("r2 drained"), log);
        for (int i = 0; i < 6; i++) {
            Answer a = ask(Ask.DOCUMENTS, proxyPort);
            assertEquals(200, a.status(), a.body());
            assertEquals(documentsOfA, a.body());
        }
    }

    /** Starts replicas of the store behind the proxy with ops/up.sh; the proxy's port. */
    private int up(Path store, int replicas) throws Exception {
        int proxyPort = freePort();
        List<String> up = new ArrayList<>(List.of(OPS.resolve("up.sh").toString(), dir.resolve("deploy").toString(), store.toString(),
                String.valueOf(proxyPort)));
        for (int i = 0; i < replicas; i++) up.add(String.valueOf(freePort()));
        assertEquals(0, runScript(up, "up"), "ops/up.sh");
        return proxyPort;
    }

    /** A store built by {@code dcgraph build} from some of the real fixture documents. */
    private Path build(String name, String... fixtures) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus-" + name));
        for (String f : fixtures) Files.write(corpus.resolve(Path.of(f).getFileName()), Fixtures.bytes(f));
        Path store = dir.resolve("store-" + name);
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
        return store;
    }

    /** What one server of the store answers, asked directly: the answers a reader may get through the proxy. */
    private Map<Ask, String> answersServedFrom(Path store) throws IOException {
        ServeCommand.Running running = ServeCommand.start(List.of("--no-build", "--store", store.toString(), "--port", "0"),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            Map<Ask, String> answers = new java.util.EnumMap<>(Ask.class);
            for (Ask ask : Ask.values()) {
                Answer a = ask(ask, running.server().port());
                assertEquals(200, a.status(), ask + ": " + a.body());
                answers.put(ask, a.body());
            }
            return answers;
        } finally {
            running.stop();
        }
    }

    private Answer ask(Ask ask, int port) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(ask.request(port), HttpResponse.BodyHandlers.ofString());
            return new Answer(ask, sent, System.nanoTime(), response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            return new Answer(ask, sent, System.nanoTime(), -1, e.toString());
        }
    }

    /** Runs an ops script with replicas started from this test's classpath; its output goes to a log in the temp folder. */
    private int runScript(List<String> command, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile());
        builder.environment().put("DCGRAPH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("DCGRAPH_JAVA_OPTS", "-Xmx384m");
        builder.environment().put("DCGRAPH_CLASSPATH", System.getProperty("java.class.path"));
        Process script = builder.start();
        scripts.add(script);
        if (!script.waitFor(10, TimeUnit.MINUTES)) throw new AssertionError(log + " did not end in 10 minutes: " + Files.readString(dir.resolve(log + ".log")));
        System.out.print(Files.readString(dir.resolve(log + ".log")));
        return script.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
