package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What can be checked of ops/k8s/dcgraph.yaml without a cluster: that it names the image Jib builds, that its
 * probes ask a route a real server answers, and that dcgraph's own command line takes the container's arguments.
 */
class K8sManifestTest {
    private static final Path MANIFEST = Path.of("ops", "k8s", "dcgraph.yaml");

    @TempDir
    static Path dir;

    private static List<JsonNode> documents;
    private static ServeCommand.Running running;

    @BeforeAll
    static void serveTheContainerArgumentsOnAStore() throws IOException {
        try (MappingIterator<JsonNode> docs = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(MANIFEST.toFile())) {
            documents = docs.readAll();
        }
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        Path store = dir.resolve("store");
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
        // The container's own arguments, with the mounted store's path and the port made this machine's.
        List<String> args = new ArrayList<>();
        for (JsonNode arg : container().get("args")) {
            args.add(arg.asText().equals(storeMountPath()) ? store.toString() : arg.asText().equals(String.valueOf(containerPort())) ? "0" : arg.asText());
        }
        running = ServeCommand.start(args, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        if (running != null) running.stop();
    }

    private static JsonNode ofKind(String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static JsonNode container() {
        JsonNode containers = ofKind("Deployment").at("/spec/template/spec/containers");
        return StreamSupport.stream(containers.spliterator(), false).filter(c -> c.path("name").asText().equals("dcgraph")).findFirst().orElseThrow();
    }

    private static String storeMountPath() {
        return StreamSupport.stream(container().get("volumeMounts").spliterator(), false).filter(m -> m.path("name").asText().equals("store"))
                .findFirst().orElseThrow().path("mountPath").asText();
    }

    private static int containerPort() {
        return container().at("/ports/0/containerPort").asInt();
    }

    @Test
    void imageIsTheOneJibBuilds() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = ((Element) pom.getDocumentElement().getElementsByTagName("version").item(0)).getTextContent();
        Element jib = (Element) pom.getElementsByTagName("to").item(0);
        String image = jib.getElementsByTagName("image").item(0).getTextContent().replace("${project.version}", version);
        assertEquals("dcgraph/dcgraph:" + version, image);
        assertEquals(image, container().path("image").asText());
    }

    @Test
    void containerArgumentsServeTheMountedStoreAsItIs() throws Exception {
        List<String> args = new ArrayList<>();
        container().get("args").forEach(a -> args.add(a.asText()));
        assertEquals(List.of("--no-build", "--store", storeMountPath(), "--port", String.valueOf(containerPort())), args);
        String rows = get("/queries/documents?format=csv").body();
        assertEquals(2, rows.lines().count(), rows);
        assertTrue(rows.contains("A/RES/78/311"), rows);
    }

    @Test
    void probesAskARouteTheServerAnswers() throws Exception {
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            String path = container().at("/" + probe + "/httpGet/path").asText();
            assertEquals("/$/ping", path, probe);
            assertEquals(200, get(path).statusCode(), probe + " " + path);
        }
    }

    @Test
    void rollingUpdateNeverTakesAReplicaOutBeforeItsSuccessorIsReady() {
        JsonNode deployment = ofKind("Deployment");
        assertEquals(0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt());
        assertEquals(1, deployment.at("/spec/strategy/rollingUpdate/maxSurge").asInt());
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertEquals(podLabels, ofKind("Service").at("/spec/selector"));
        assertEquals(podLabels, ofKind("PodDisruptionBudget").at("/spec/selector/matchLabels"));
        assertEquals(deployment.at("/spec/replicas").asInt() - 1, ofKind("PodDisruptionBudget").at("/spec/minAvailable").asInt());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.server().port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
