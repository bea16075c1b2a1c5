package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real UN PDFs read by their layout: running headers and footers gone, footnotes below the rule, markers, hyphens. */
class PdfLayoutTest {
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^\uE000(\\d+)\uE001 (.*)$");
    private static final Pattern MARKER = Pattern.compile("\uE000(\\d+)\uE001");
    private static Pipeline pipeline;

    @BeforeAll
    static void setUp() {
        pipeline = new Pipeline(Fixtures.REFERENCE);
    }

    private static byte[] pdf(String name) {
        try (InputStream in = PdfLayoutTest.class.getResourceAsStream("/pdf/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) throws UnreadableSourceException {
        return PdfText.extract(pdf(name));
    }

    private static List<Integer> noteNumbers(String text) {
        return NOTE_LINE.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static String note(String text, int n) {
        Matcher m = NOTE_LINE.matcher(text);
        while (m.find()) if (Integer.parseInt(m.group(1)) == n) return m.group(2);
        throw new AssertionError("no note " + n);
    }

    private static String body(String text) {
        return NOTE_LINE.matcher(text).replaceAll("");
    }

    private static final List<String> FIXTURES = List.of("A_RES_78_323.en.pdf", "S_RES_2776_2025.en.pdf", "A_79_729.en.pdf", "A_53_603.en.pdf");
    private static final Pattern JOB_NUMBER = Pattern.compile("\\b\\d{2}-\\d{5}\\b");

    @Test
    void footnotesOfAGeneralAssemblyResolutionRunOneToThirteenBelowTheirRules() throws Exception {
        String text = text("A_RES_78_323.en.pdf");
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), noteNumbers(text));
        assertEquals("A/CONF.157/24 (Part I), chap. III.", note(text, 9));
        assertEquals("Ibid., vol. 2515, No. 44910.", note(text, 7));
        assertEquals(noteNumbers(text), MARKER.matcher(body(text)).results().map(m -> Integer.parseInt(m.group(1))).toList());
        assertTrue(text.contains("Covenant on Civil and Political Rights\uE0002\uE001 and the International Covenant"), text);
    }

    @Test
    void aResolutionReadFromItsPdfHasItsFootnotesAndTheirParagraphs() throws Exception {
        ExtractedDocument d = pipeline.extract(new NamedBytes("A_RES_78_323.en.pdf", pdf("A_RES_78_323.en.pdf")));
        assertEquals("A/RES/78/323", d.symbol());
        assertEquals(13, d.footnotes().size());
        assertEquals("Resolution 70/1.", d.footnotes().get(7).text());
        assertEquals(8, d.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.PREAMBULAR).count());
        assertEquals(5, d.paragraphs().stream().filter(Paragraph::operative).count());
        Paragraph observing = d.paragraphs().stream().filter(p -> p.footnotes().contains(8)).findFirst().orElseThrow();
        assertTrue(observing.text().startsWith("Observing the mutually reinforcing relationship"), observing.text());
        assertEquals(List.of(8), observing.footnotes());
        assertEquals(List.of(12, 13), d.paragraphs().stream().filter(p -> p.footnotes().contains(12)).findFirst().orElseThrow().footnotes());
        for (Paragraph p : d.paragraphs()) {
            assertFalse(p.text().contains("International Day of Women and Girls of African Descent A/RES/78/323"), p.text());
            assertFalse(JOB_NUMBER.matcher(p.text()).find(), p.text());
        }
    }

    @Test
    void runningHeadersAndFootersAreGoneAndTheHeaderBlockKept() throws Exception {
        for (String f : FIXTURES) {
            String text = text(f);
            assertFalse(JOB_NUMBER.matcher(text).find(), f);
            assertFalse(text.contains("Please recycle"), f);
            assertTrue(text.lines().anyMatch(l -> l.equals("Distr.: General")), f);
        }
        String resolution = text("A_RES_78_323.en.pdf");
        assertEquals(1, Pattern.compile("A/RES/78/323").matcher(resolution).results().count());
        assertTrue(resolution.lines().anyMatch(l -> l.equals("14 August 2024")));
        String letter = text("A_79_729.en.pdf");
        assertEquals(1, Pattern.compile("A/79/729-S/2025/40").matcher(letter).results().count());
        assertTrue(letter.lines().anyMatch(l -> l.equals("17 January 2025")), letter);
        assertTrue(letter.lines().anyMatch(l -> l.equals("Original: English")), letter);
    }

    @Test
    void wordsCutAtALineEndAreJoinedAndCompoundsKeepTheirHyphen() throws Exception {
        assertTrue(text("A_RES_78_323.en.pdf").contains("on gender-related\ndimensions of racial discrimination"));
        String council = text("S_RES_2776_2025.en.pdf");
        assertTrue(council.contains("whole-of-government and whole-of-society\napproach"), council);
        String report = text("A_53_603.en.pdf");
        assertTrue(note(report, 6).contains("Official Records of the General Assembly, Fifty-third Session, Supplement No. 23."), note(report, 6));
    }

    @Test
    void securityCouncilResolutionLetterAndReportHaveTheirNotesMatchedToMarkers() throws Exception {
        String council = text("S_RES_2776_2025.en.pdf");
        assertEquals(List.of(1, 2), noteNumbers(council));
        assertEquals("To be notified to Government of the Federal Republic of Somalia in advance of intended shipment.", note(council, 2));
        assertTrue(council.contains("Annex A – Items subject to a no-objection process\uE0001\uE001\n"), council);
        String letter = text("A_79_729.en.pdf");
        assertEquals(List.of(1), noteNumbers(letter));
        assertEquals("The text of the speech with an unofficial translation is available at the Secretariat.", note(letter, 1));
        assertTrue(letter.contains("(The full text of the speech is attached)\uE0001\uE001"), letter);
        String report = text("A_53_603.en.pdf");
        assertEquals(IntStream.rangeClosed(1, 7).boxed().toList(), noteNumbers(report));
        assertEquals("A/53/130 and Corr.1.", note(report, 4));
        assertTrue(report.contains("voting was as follows:\uE0003\uE001"), report);
    }
}
