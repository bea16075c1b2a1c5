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

    @Test
    void dump() throws Exception {
        for (String f : List.of("A_RES_78_323.en.pdf", "S_RES_2776_2025.en.pdf", "A_79_729.en.pdf", "A_53_603.en.pdf")) {
            String t = text(f);
            System.out.println("=== " + f + " notes " + noteNumbers(t));
            System.out.println(t.replace('\uE000', '<').replace('\uE001', '>'));
            try {
                ExtractedDocument d = pipeline.extract(new NamedBytes(f, pdf(f)));
                System.out.println("### " + d.genre() + " " + d.symbol() + " notes " + d.footnotes().size());
                for (Footnote n : d.footnotes()) System.out.println("  FN " + n.number() + " " + n.text());
                for (Paragraph p : d.paragraphs()) if (!p.footnotes().isEmpty()) System.out.println("  P " + p.kind() + " " + p.number() + " " + p.position() + " " + p.footnotes() + " " + p.text().substring(0, Math.min(60, p.text().length())));
            } catch (ExtractionException e) {
                System.out.println("### refused " + e.getMessage());
            }
        }
    }
}
