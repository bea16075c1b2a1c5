package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic resolutions in either text order give the same symbol: the bundled seeds are PDF text layers in visual
 * order (number line "311/78 - العنوان"); the logical-order texts are the UN's Akoma Ntoso text of A/RES/78/311
 * and A/RES/80/15 laid out as a page gives it, whose number line has no dash ("80/15 العنوان"). For 80/15 both
 * numbers could be a session, so only the header can tell the order.
 */
class ArabicTextOrderTest {

    private static ExtractedDocument extract(String file) throws ExtractionException {
        return Fixtures.extract(SourceFile.of(file, Fixtures.bytes(file)));
    }

    @ParameterizedTest(name = "{0}: {1}, session {2}")
    @CsvSource({
            "corpus/000_ee7c7ba4905485ec.txt, A/RES/78/311, 78, 15, 15",
            "corpus/003_8c8d547b68540b12.txt, A/RES/78/132, 78, 56, 59",
            "corpus-extra/res-78-311-ar-logical.txt, A/RES/78/311, 78, 15, 15",
            "corpus-extra/res-80-15-ar-logical.txt, A/RES/80/15, 80, 15, 6"})
    void symbolAndSessionInEitherOrder(String file, String symbol, int session, int preambular, int operative) throws ExtractionException {
        ExtractedDocument d = extract(file);
        assertEquals(symbol, d.symbol());
        assertEquals(session, d.session());
        assertEquals(preambular, d.preambularCount());
        assertEquals(operative, d.paragraphs().stream().filter(Paragraph::operative).count());
    }

    @ParameterizedTest(name = "{0}: preambular paragraph {1} cites {2}")
    @CsvSource({
            "corpus-extra/res-80-15-ar-logical.txt, 14, A/RES/73/71",
            "corpus-extra/res-80-15-ar-logical.txt, 15, A/RES/77/35",
            "corpus-extra/res-78-311-ar-logical.txt, 3, A/RES/78/265 A/RES/77/320 A/RES/78/132 A/RES/78/213",
            "corpus/000_ee7c7ba4905485ec.txt, 3, A/RES/78/265 A/RES/77/320 A/RES/78/132 A/RES/78/213"})
    void citedResolutionsKeepTheirOrder(String file, int n, String symbols) throws ExtractionException {
        Paragraph p = extract(file).paragraphs().stream().filter(x -> !x.operative() && x.position() == n).findFirst().orElseThrow();
        assertEquals(List.of(symbols.split(" ")), p.citations().stream().map(Citation::symbol).toList());
    }

    @ParameterizedTest(name = "meeting line \"{0}\"")
    @CsvSource({"الجلسة العامة 97 (المستأنفة)", "الجلسة العامة (المستأنفة) 97"})
    void aResumedMeetingIsReadWhereverItsWordStands(String meetingLine) throws ExtractionException {
        // the UN's Arabic markup prints "(المستأنفة)" after the number, and in a few texts of sessions 75-79 before it
        String text = new String(Fixtures.bytes("corpus-extra/res-78-311-ar-logical.txt"), StandardCharsets.UTF_8)
                .replace("الجلسة العامة 97", meetingLine);
        ExtractedDocument d = Fixtures.extract(SourceFile.of("res-78-311-ar-resumed.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(97, d.plenaryMeeting());
        assertEquals(15, d.paragraphs().stream().filter(Paragraph::operative).count());
    }
}
