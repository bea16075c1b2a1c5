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
import org.junit.jupiter.api.Test;

/**
 * Where a page's footnotes start, on real UN PDFs whose layout misled the reader: a typewritten report of 1997
 * (A/52/620, whole) that underlines a note's italic words below the footnote rule, and a page of an Executive Board
 * report (DP/OPS/2025/4, page 5 alone) whose note numbers are raised onto lines of their own.
 */
class FootnoteZoneTest {
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^\uE000(\\d+)\uE001 (.*)$");

    private static String text(String name) throws UnreadableSourceException {
        try (InputStream in = FootnoteZoneTest.class.getResourceAsStream("/pdf/" + name)) {
            return PdfText.extract(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> noteNumbers(String text) {
        return NOTE_LINE.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static String note(String text, int n) {
        Matcher m = NOTE_LINE.matcher(text);
        while (m.find()) if (Integer.parseInt(m.group(1)) == n) return m.group(2);
        throw new AssertionError("no note " + n + " in\n" + text);
    }

    @Test
    void anUnderlinedTitleBelowTheRuleOpensNoFootnoteZone() throws Exception {
        String text = text("A_52_620.en.pdf");
        // page 2 prints notes 1 and 2 below its rule; "Supplement No. 23" of note 1 is underlined, as italics were typed
        assertEquals(List.of(1, 2, 3, 4), noteNumbers(text));
        assertEquals("To be issued as Official Records of the General Assembly, Fifty-first Session, Supplement No. 23 (A/51/23).", note(text, 1));
        assertEquals("Subsequently, the delegation of Kazakhstan indicated that, had it been present during the voting, it would have voted in favour.",
                note(text, 2));
        assertEquals("A/52/365.", note(text, 4));
        // "/..." closes a typewritten page whose text goes on overleaf: it is no word of a note or paragraph
        assertFalse(text.contains("/..."), text);
    }

    @Test
    void aNoteNumberRaisedOntoALineOfItsOwnOpensItsNote() throws Exception {
        String text = text("DP_OPS_2025_4.page5.en.pdf");
        assertEquals(List.of(2, 3, 4), noteNumbers(text));
        assertTrue(note(text, 2).startsWith("In collating audit conclusions, the Society for Worldwide Interbank Financial Telecommunication"),
                note(text, 2));
        assertTrue(note(text, 3).endsWith("while a project financial audit with a qualified opinion is considered ‘unsatisfactory’."), note(text, 3));
        assertTrue(note(text, 4).startsWith("Project audits may not fully represent the governance, risk and compliance aspects of UNOPS"), note(text, 4));
    }
}
