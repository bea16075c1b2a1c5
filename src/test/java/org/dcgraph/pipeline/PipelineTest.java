package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void setUp() {
        pipeline = new Pipeline(Fixtures.REFERENCE);
    }

    private static FileOutcome outcome(BuildResult r, String file) {
        return r.outcomes().stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void bundledCorpusLoadsAllElevenFiles() {
        // the five seed documents, and A/RES/79/1 in the six languages
        BuildResult r = pipeline.run(Fixtures.bundledCorpus());
        assertEquals(11, r.loadedCount());
        assertTrue(outcome(r, Fixtures.ARTICLE_FA).loaded());
        assertTrue(outcome(r, Fixtures.ARTICLE_FA).message().contains("scholarly article [fa], شیوا شکرالهی and رویا معتمدنژاد, علوم خبری 14(1), pages 50-75"),
                outcome(r, Fixtures.ARTICLE_FA).message());
        assertTrue(outcome(r, Fixtures.DRAFT_L86_EN).message().startsWith("A/78/L.86, General Assembly draft resolution [en]"));
    }

    @Test
    void articleWithoutItsBylineIsSkippedWithTheReason() {
        String text = new String(Fixtures.bytes(Fixtures.ARTICLE_FA), StandardCharsets.UTF_8).replace("|", " ");
        BuildResult r = pipeline.run(List.of(new NamedBytes("no-byline.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertEquals("scholarly article without a byline of authors with affiliation numbers", outcome(r, "no-byline.txt").message());
    }

    @Test
    void theRoadMapIsReportedAsLoadedWithWhatWasRecognisedInIt() {
        BuildResult r = pipeline.run(List.of(Fixtures.file(Fixtures.ROAD_MAP_AR)));
        FileOutcome o = outcome(r, Fixtures.ROAD_MAP_AR);
        assertTrue(o.loaded(), o.message());
        assertEquals("A/74/821, report of the Secretary-General [ar], session 74, agenda item 14, no date printed, 9 sections, "
                + "96 numbered paragraphs, 49 footnotes, recommendations 1A 1B 1C 1D 2 3A 3B 3C 4 5A 5B in 5 sections", o.message());
    }

    @Test
    void badFilesAreSkippedWithTheirReasonAndTheRestLoads() {
        byte[] resolution = Fixtures.bytes(Fixtures.RES_78_311_AR);
        List<NamedBytes> files = new ArrayList<>(List.of(
                new NamedBytes("empty.txt", new byte[0]),
                new NamedBytes("binary.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                new NamedBytes("truncated.txt", new String(resolution, StandardCharsets.UTF_8).substring(0, 300).getBytes(StandardCharsets.UTF_8)),
                new NamedBytes("letter.txt", "Dear friends, the picnic is on Sunday at noon.".getBytes(StandardCharsets.UTF_8)),
                Fixtures.file(Fixtures.RES_78_311_AR)));
        BuildResult r = pipeline.run(files);
        assertEquals(1, r.loadedCount());
        assertEquals("empty file", outcome(r, "empty.txt").message());
        assertEquals("binary file (contains NUL bytes), neither text nor PDF", outcome(r, "binary.bin").message());
        assertEquals("no opening formula (\"The General Assembly,\") was found", outcome(r, "truncated.txt").message());
        assertEquals("not a UN document this version recognises: its first page has no UN symbol, adoption line, report header or article abstract", outcome(r, "letter.txt").message());
    }

    @Test
    void aResolutionCutAfterItsPreambleIsRefusedForLackOfOperativeParagraphs() {
        String text = new String(Fixtures.bytes(Fixtures.RES_78_311_AR), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("1 - **تقرر**"));
        BuildResult r = pipeline.run(List.of(new NamedBytes("cut.txt", cut.getBytes(StandardCharsets.UTF_8))));
        assertEquals("no operative paragraph was found", outcome(r, "cut.txt").message());
    }

    @Test
    void eachSourceFileGetsAWorkGraphAndALanguageGraph() {
        BuildResult r = pipeline.run(List.of(Fixtures.file(Fixtures.RES_78_311_AR)));
        assertTrue(r.graphs().containsKey("https://w3id.org/dcgraph/graph/A/RES/78/311"));
        assertTrue(r.graphs().containsKey("https://w3id.org/dcgraph/graph/A/RES/78/311/ar"));
    }
}
