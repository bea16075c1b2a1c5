package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A/RES/78/311 (adopted without reference to a Main Committee) and A/RES/78/132 (on the report of the Second
 * Committee) in Russian and Chinese: the text of the UN's Akoma Ntoso (A_RES_78_311-2412313R/C.xml,
 * A_RES_78_132-2325902R/C.xml) laid out as the text layer of the printed PDF gives it, header block first.
 * Expected values are the XML's own facts.
 */
class RussianChineseResolutionExtractionTest {

    private static ExtractedDocument extract(String file) throws ExtractionException {
        return Fixtures.extract(SourceFile.of(file, Fixtures.bytes(file)));
    }

    @ParameterizedTest(name = "{0}: {1}, session {3}, item {4}, {5}, meeting {6}")
    @CsvSource({
            "corpus-extra/res-78-311-ru.txt, A/RES/78/311, ru, 78, 13, 2024-07-01, 97, 15, 15, 1",
            "corpus-extra/res-78-311-zh.txt, A/RES/78/311, zh, 78, 13, 2024-07-01, 97, 15, 15, 1",
            "corpus-extra/res-78-132-ru.txt, A/RES/78/132, ru, 78, 15, 2023-12-19, 49, 56, 59, 19",
            "corpus-extra/res-78-132-zh.txt, A/RES/78/132, zh, 78, 15, 2023-12-19, 49, 56, 59, 19"})
    void headerAndCounts(String file, String symbol, String language, int session, int agendaItem, String date, int meeting,
                         int preambular, int operative, int footnotes) throws ExtractionException {
        ExtractedDocument d = extract(file);
        assertEquals(symbol, d.symbol());
        assertEquals(Genre.GA_RESOLUTION, d.genre());
        assertEquals(language, d.language());
        assertEquals(session, d.session());
        assertEquals(agendaItem, d.agendaItem());
        assertEquals(LocalDate.parse(date), d.date());
        assertEquals(meeting, d.plenaryMeeting());
        assertEquals(preambular, d.preambularCount());
        assertEquals(operative, d.paragraphs().stream().filter(Paragraph::operative).count());
        assertEquals(footnotes, d.footnotes().size());
    }

    @Test
    void aResumedMeetingPrintsItsWordBeforeTheMeetingAndEndsTheOperativePart() throws ExtractionException {
        // as A/RES/77/247 prints it: "56-е (возобновленное) пленарное заседание"
        String text = new String(Fixtures.bytes("corpus-extra/res-78-132-ru.txt"), StandardCharsets.UTF_8)
                .replace("49‑е пленарное заседание", "49‑е (возобновленное) пленарное заседание");
        ExtractedDocument d = Fixtures.extract(SourceFile.of("res-78-132-ru-resumed.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(49, d.plenaryMeeting());
        List<Paragraph> operative = d.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(59, operative.size());
        assertTrue(operative.get(58).text().endsWith("если не будет принято иного решения."), operative.get(58).text());
    }

    @ParameterizedTest(name = "{0}: basis {1}")
    @CsvSource({
            "corpus-extra/res-78-311-ru.txt, A/78/L.86, false, , ",
            "corpus-extra/res-78-311-zh.txt, A/78/L.86, false, , ",
            "corpus-extra/res-78-132-ru.txt, A/78/458, true, C2, 11",
            "corpus-extra/res-78-132-zh.txt, A/78/458, true, C2, 11"})
    void basisIsTheDraftOrTheCommitteeReport(String file, String symbol, boolean mainCommittee, String committee, Integer paragraph)
            throws ExtractionException {
        assertEquals(new Basis(symbol, mainCommittee, committee, paragraph), extract(file).basis());
    }

    @ParameterizedTest(name = "{0}: {1} paragraph {2} opens with {4} ({3})")
    @CsvSource({
            "corpus-extra/res-78-311-ru.txt, preambular, 2, Reaffirming, подтверждая также",
            "corpus-extra/res-78-311-ru.txt, preambular, 9, Noting with concern, с озабоченностью отмечая также",
            "corpus-extra/res-78-311-ru.txt, operative, 1, Resolves, заявляет о своей решимости",
            "corpus-extra/res-78-311-ru.txt, operative, 15, Requests, просит",
            "corpus-extra/res-78-311-zh.txt, preambular, 2, Reaffirming, 又重申",
            "corpus-extra/res-78-311-zh.txt, preambular, 8, Noting with concern, 关切地注意到",
            "corpus-extra/res-78-311-zh.txt, operative, 3, Calls upon, 促请",
            "corpus-extra/res-78-311-zh.txt, operative, 15, Requests, 请",
            "corpus-extra/res-78-132-ru.txt, preambular, 2, Recalling, ссылаясь также на",
            "corpus-extra/res-78-132-ru.txt, operative, 59, Decides, постановляет",
            "corpus-extra/res-78-132-zh.txt, operative, 5, Emphasizes, 在这方面强调",
            "corpus-extra/res-78-132-zh.txt, operative, 59, Decides, 决定"})
    void openingPhrases(String file, String kind, int n, String concept, String words) throws ExtractionException {
        boolean operative = kind.equals("operative");
        Paragraph p = extract(file).paragraphs().stream()
                .filter(x -> x.operative() == operative && (operative ? x.number() == n : x.position() == n)).findFirst().orElseThrow();
        assertEquals(concept, p.phrase().english());
        assertEquals(words, p.openingWords());
    }

    @ParameterizedTest(name = "{0}: preambular paragraph {1} cites {2}")
    @CsvSource({
            "corpus-extra/res-78-311-ru.txt, 2, A/RES/70/1 A/RES/69/313 A/RES/78/1 A/RES/70/125",
            "corpus-extra/res-78-311-zh.txt, 2, A/RES/70/1 A/RES/69/313 A/RES/78/1 A/RES/70/125",
            "corpus-extra/res-78-132-ru.txt, 2, E/RES/2023/3",
            "corpus-extra/res-78-132-zh.txt, 2, E/RES/2023/3"})
    void citationsAreRead(String file, int n, String symbols) throws ExtractionException {
        Paragraph p = extract(file).paragraphs().stream().filter(x -> !x.operative() && x.position() == n).findFirst().orElseThrow();
        assertEquals(symbols, String.join(" ", p.citations().stream().map(Citation::symbol).toList()));
    }

    /** Chinese prints a cited number's date and title before it: "其2015年9月25日题为“……”的第70/1号决议". */
    @ParameterizedTest(name = "{0}: {1} of {2}")
    @CsvSource(delimiter = '|', value = {
            "corpus-extra/res-78-311-zh.txt | A/RES/70/1 | 2015-09-25 | 变革我们的世界：2030年可持续发展议程",
            "corpus-extra/res-78-311-zh.txt | A/RES/78/1 | 2023-09-29 | ",
            "corpus-extra/res-78-132-zh.txt | E/RES/2023/3 | 2023-06-07 | ",
            "corpus-extra/res-78-311-ru.txt | A/RES/70/1 | 2015-09-25 | Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года"})
    void citedDateAndTitle(String file, String symbol, String date, String title) throws ExtractionException {
        Citation c = extract(file).paragraphs().stream().flatMap(p -> p.citations().stream())
                .filter(x -> symbol.equals(x.symbol())).findFirst().orElseThrow();
        assertEquals(LocalDate.parse(date), c.date());
        assertEquals(title, c.title());
    }

    @ParameterizedTest(name = "{0}: operative paragraph {1} asks {2}")
    @CsvSource({
            "corpus-extra/res-78-311-ru.txt, 15, body/SG",
            "corpus-extra/res-78-311-zh.txt, 15, body/SG",
            "corpus-extra/res-78-311-ru.txt, 2, group/member-states",
            "corpus-extra/res-78-311-zh.txt, 2, group/member-states",
            "corpus-extra/res-78-311-ru.txt, 3, group/international-community",
            "corpus-extra/res-78-311-zh.txt, 3, group/international-community"})
    void mandateAddressee(String file, int n, String addressee) throws ExtractionException {
        Paragraph p = extract(file).paragraphs().stream().filter(x -> x.operative() && x.number() == n).findFirst().orElseThrow();
        assertEquals(List.of("https://w3id.org/dcgraph/id/" + addressee), p.mandates().get(0).addressees());
    }
}
