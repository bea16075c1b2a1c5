package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.PhraseBook;
import org.dcgraph.reference.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Input and expected output side by side, one file per case under {@code cases/citations} and
 * {@code cases/mandates}: real sentences of session-78 resolutions in English, French, Spanish and Arabic (the file
 * says which), read by the paragraph reader the text path and the Akoma Ntoso reader share. A citation case gives a
 * paragraph ({@code text}) or footnotes ({@code note N ...}) and the citations expected ({@code expect [N] key ...},
 * a symbol, or "UNTS n" for a treaty by its registration number, compared in symbol order); a mandate case gives an operative paragraph and
 * one {@code expect verb | addressee | deadline | recurrence} line per request, in order (the addressee an IRI after
 * {@code id/}, or the words printed; "-" for none).
 */
class CitationAndMandateCasesTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static final ReferenceData REFERENCE = ReferenceData.load("https://w3id.org/dcgraph/");
    private static final ParagraphReader READER;

    static {
        Lexicons lexicons = new Lexicons(REFERENCE);
        READER = new ParagraphReader(new PhraseBook(REFERENCE), lexicons, new InstrumentIndex(REFERENCE, lexicons));
    }

    private record Case(String lang, String text, List<String[]> notes, List<String> expected) {}

    @TestFactory
    Stream<DynamicTest> citations() throws IOException, URISyntaxException {
        return cases("citations").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Case c = read(file);
            SourceFile source = SourceFile.of(file.getFileName().toString(), Files.readAllBytes(file));
            if (c.text() != null) {
                Paragraph p = READER.read(source, List.of(raw(false, c.text())), c.lang(), "A/RES/78/999").get(0);
                assertEquals(sorted(String.join(" ", c.expected())), sorted(keys(p.citations())));
            } else {
                List<ParagraphReader.RawFootnote> raws = c.notes().stream()
                        .map(n -> new ParagraphReader.RawFootnote(Integer.parseInt(n[0]), MappedText.of(n[1]))).toList();
                List<String> got = new ArrayList<>();
                for (Footnote f : READER.readFootnotes(source, raws, c.lang(), "A/RES/78/999")) {
                    got.add(f.number() + " " + sorted(keys(f.citations())));
                }
                assertEquals(c.expected(), got);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mandates() throws IOException, URISyntaxException {
        return cases("mandates").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Case c = read(file);
            SourceFile source = SourceFile.of(file.getFileName().toString(), Files.readAllBytes(file));
            Paragraph p = READER.read(source, List.of(raw(true, c.text())), c.lang(), "A/RES/78/999").get(0);
            List<String> got = p.mandates().stream().map(CitationAndMandateCasesTest::describe).toList();
            assertFalse(got.isEmpty(), "no request read");
            assertEquals(c.expected(), got);
        }));
    }

    private static String describe(Mandate m) {
        String addressee = !m.addressees().isEmpty() ? String.join(" ", m.addressees()).replace(ID, "")
                : m.addresseeText() == null ? "-" : m.addresseeText();
        return m.verb().english() + " | " + addressee + " | " + (m.deadline() == null ? "-" : m.deadline().label())
                + " | " + (m.recurrence() == null ? "-" : m.recurrence());
    }

    private static String keys(List<Citation> citations) {
        return String.join(" ", citations.stream().map(Citation::key).toList());
    }

    /** Citations in the order of their symbols: the reader gives them by form (symbols, numbers, ...), not as printed. */
    private static String sorted(String keys) {
        return String.join(" ", Stream.of(keys.split(" (?=[A-Z]{1,5}[/ ])")).sorted().toList());
    }

    private static ParagraphReader.RawParagraph raw(boolean operative, String text) {
        return new ParagraphReader.RawParagraph(operative, operative ? 1 : null, MappedText.of(text), null);
    }

    private static Stream<Path> cases(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(CitationAndMandateCasesTest.class.getResource("cases/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Case read(Path file) throws IOException {
        String lang = null, text = null;
        List<String[]> notes = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] kv = line.split(" ", 2);
            switch (kv[0]) {
                case "lang" -> lang = kv[1];
                case "text" -> text = kv[1];
                case "note" -> notes.add(kv[1].split(" ", 2));
                case "expect" -> expected.add(kv[1]);
                default -> { }
            }
        }
        return new Case(lang, text, notes, expected);
    }
}
