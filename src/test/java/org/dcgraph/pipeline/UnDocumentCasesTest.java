package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.DocumentHeader;
import org.dcgraph.extract.ExtractedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real UN PDFs of several series and genres, one folder each under {@code documents/}: {@code input.pdf} and
 * {@code expected.properties}, the facts its header and body print. Each loads, and is read as what it is.
 */
class UnDocumentCasesTest {
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(UnDocumentCasesTest.class.getResource("/documents").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsWhatTheDocumentPrints(String name) throws Exception {
        byte[] pdf = resource(name + "/input.pdf");
        Properties expected = new Properties();
        try (InputStream in = UnDocumentCasesTest.class.getResourceAsStream("/documents/" + name + "/expected.properties")) {
            expected.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        NamedBytes file = new NamedBytes(name + ".pdf", pdf);
        BuildResult built = PIPELINE.run(List.of(file));
        FileOutcome outcome = built.outcomes().get(0);
        assertTrue(outcome.loaded(), outcome.message());
        Map<String, String> actual = facts(PIPELINE.extract(file), outcome);
        Map<String, String> wanted = new LinkedHashMap<>();
        expected.stringPropertyNames().stream().sorted().forEach(k -> wanted.put(k, expected.getProperty(k)));
        Map<String, String> compared = new LinkedHashMap<>();
        wanted.keySet().forEach(k -> compared.put(k, actual.get(k)));
        assertEquals(wanted, compared, "all facts read: " + actual);
    }

    private static Map<String, String> facts(ExtractedDocument d, FileOutcome outcome) {
        DocumentHeader h = d.header();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("symbols", String.join(" ", h.symbols()));
        f.put("genre", d.genre().name());
        f.put("organ", String.valueOf(h.organ()));
        f.put("distribution", String.valueOf(h.distribution()));
        f.put("date", String.valueOf(d.date()));
        f.put("originalLanguage", String.valueOf(h.originalLanguage()));
        f.put("session", String.valueOf(h.session()));
        f.put("sessionYear", String.valueOf(h.sessionYear()));
        f.put("agendaItems", String.join(", ", h.agendaItems()));
        f.put("titleStart", d.title().length() > 40 ? d.title().substring(0, 40) : d.title());
        f.put("title", d.title());
        f.put("preambular", String.valueOf(d.preambularCount()));
        f.put("operative", String.valueOf(d.operativeCount()));
        f.put("numbered", String.valueOf(d.numberedCount()));
        f.put("notUnderstood", String.join("; ", d.notUnderstood()));
        f.put("footnotes", d.footnotes().stream().map(n -> String.valueOf(n.number())).collect(Collectors.joining(" ")));
        f.put("report", outcome.message());
        return f;
    }

    private static byte[] resource(String path) {
        try (InputStream in = UnDocumentCasesTest.class.getResourceAsStream("/documents/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
