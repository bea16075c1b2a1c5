package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.Section;
import org.junit.jupiter.api.Test;

/**
 * Resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java, LibreOffice)
 * and read back: A/RES/77/36 in Russian (A_RES_77_36-2228101R.xml of session 77), A/RES/76/73 in Chinese
 * (A_RES_76_73-2118604C.xml, its header in the cover page's words), A/RES/78/207 in Arabic (A_RES_78_207-2326023A.xml),
 * A/RES/77/130 and A/RES/75/149 in English, A/RES/77/100 in Spanish (A_RES_77_100-2228244S.xml), A/RES/78/320,
 * A/RES/79/256, A/RES/ES-11/6 and A/RES/79/317 in Russian (A_RES_78_320-*R.xml, A_RES_79_256-2424697R.xml,
 * A_RES_ES-11_6-R.xml, A_RES_79_317-2511209R.xml), A/RES/75/253 in Spanish (75_253B_S.xml of session 75), A/RES/77/263 B in
 * French (A_RES_77_263 B-2307893F.xml), A/RES/77/283 in Russian (A_RES_77_283-R.xml) and A/RES/80/258 in Spanish
 * (A_RES_80_258-2607540S.xml). Expected values are the markup's.
 */
class RenderedResolutionPdfTest {

    private static byte[] pdf(String name) throws IOException {
        try (InputStream in = RenderedResolutionPdfTest.class.getResourceAsStream("/pdf/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The header block names the organ "Генеральная Ассамблея" as the opening formula does, but without its comma. */
    @Test
    void russianResolutionIsReadPastTheOrganInItsHeaderBlock() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_77_36.ru.pdf", pdf("A_RES_77_36.ru.rendered.pdf")));
        assertEquals("A/RES/77/36", d.symbol());
        assertEquals(77, d.session());
        assertEquals(94, d.agendaItem());
        assertEquals(LocalDate.of(2022, 12, 7), d.date());
        assertEquals("Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности", d.title());
        assertEquals(8, d.preambularCount());
        assertEquals(7, d.operativeCount());
    }

    /** The header as the UN prints it in Chinese ("2021年12月9日大会决议"), read with the paragraphs and notes. */
    @Test
    void chineseResolutionIsReadAsTheMarkupHasIt() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_76_73.zh.pdf", pdf("A_RES_76_73.zh.rendered.pdf")));
        assertEquals("A/RES/76/73", d.symbol());
        assertEquals(76, d.session());
        assertEquals(50, d.agendaItem());
        assertEquals(LocalDate.of(2021, 12, 9), d.date());
        assertEquals("和平大学", d.title());
        assertEquals(15, d.preambularCount());
        assertEquals(9, d.operativeCount());
        assertEquals(4, d.footnotes().size());
        // the spaces the layout sets around figures are not the text's
        assertTrue(d.paragraphs().get(0).text().startsWith("回顾其2018年12月7日第73/90号决议"), d.paragraphs().get(0).text());
    }

    /**
     * LibreOffice's Arabic, read by PDFBox word by word and left to right, put a paragraph's number after its text and
     * the end of a bold title before its start; read right to left from the glyphs, the lines are in reading order.
     */
    @Test
    void arabicResolutionIsReadInReadingOrder() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_78_207.ar.pdf", pdf("A_RES_78_207.ar.rendered.pdf")));
        assertEquals("A/RES/78/207", d.symbol());
        assertEquals(78, d.session());
        assertEquals(71, d.agendaItem());
        assertEquals(LocalDate.of(2023, 12, 19), d.date());
        assertEquals("الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري", d.title());
        assertEquals(26, d.preambularCount());
        assertEquals(23, d.operativeCount());
        assertEquals(16, d.footnotes().size());
        assertEquals("United Nations, Treaty Series, vol. 2716, No. 48088.", d.footnotes().get(0).text());
    }

    @Test
    void arabicLinesKeepNumbersBeforeTheirBracketedSymbols() throws IOException, UnreadableSourceException {
        String text = PdfText.extract(pdf("A_RES_78_207.ar.rendered.pdf"));
        assertTrue(text.contains("78/207 - الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري"), text.substring(0, 800));
        assertTrue(text.contains("\n1 - تقر بأهمية الاتفاقية"), text.substring(0, 800));
        assertTrue(text.contains("الملحق رقم 53 (A/65/53)"), text.substring(0, 800));
    }

    /** Chinese fonts set lines 1.65 font sizes apart: the lines of one paragraph stay one block. */
    @Test
    void chineseLinesOfOneParagraphStayTogether() throws IOException, UnreadableSourceException {
        String text = PdfText.extract(pdf("A_RES_76_73.zh.rendered.pdf"));
        assertTrue(text.contains("在联合\n国系统内设立一所和平大学"), text.substring(0, 600));
        assertTrue(text.contains("的所有决议，\n\n又回顾大会 1980 年"), text.substring(0, 600));
    }

    /** A title cut after the hyphen of "Non-Self-" goes on with a capital: the hyphen is the compound's, no space. */
    @Test
    void aCompoundCutBeforeACapitalIsJoinedWithItsHyphen() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_77_130.en.pdf", pdf("A_RES_77_130.en.rendered.pdf")));
        assertEquals("Economic and other activities which affect the interests of the peoples of the Non-Self-Governing Territories",
                d.title());
    }

    /** A page of a few lines, most ending a paragraph: too little to measure a pitch by, the paragraphs stay apart. */
    @Test
    void aShortResolutionKeepsItsParagraphsApart() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_75_149.en.pdf", pdf("A_RES_75_149.en.rendered.pdf")));
        assertEquals("Observer status for the Asian Forest Cooperation Organization in the General Assembly", d.title());
        assertEquals(1, d.preambularCount());
        assertEquals(2, d.operativeCount());
    }

    /**
     * Lines 1.32 and 1.33 sizes apart in one paragraph, paragraphs 1.92 apart, and a convention in annex: the pitch is
     * the smallest spacing lines inside a sentence use, so the preambular paragraphs stay apart.
     */
    @Test
    void aSpanishResolutionWithAnAnnexKeepsItsPreambularParagraphsApart() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_77_100.es.pdf", pdf("A_RES_77_100.es.rendered.pdf")));
        assertEquals(LocalDate.of(2022, 12, 7), d.date());
        assertEquals(9, d.preambularCount());
        assertEquals(4, d.operativeCount());
        assertEquals(2, d.footnotes().size());
    }

    /**
     * Page 1 ends inside a preambular paragraph, on a full line ending with a comma; page 2 goes on in lower case, as a
     * Russian paragraph also opens: the paragraph is carried over the page break whole, not read as two.
     */
    @Test
    void aRussianParagraphCutByAPageBreakStaysOne() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_78_320.ru.pdf", pdf("A_RES_78_320.ru.rendered.pdf")));
        assertEquals(13, d.preambularCount());
        assertEquals(13, d.operativeCount());
        assertTrue(d.paragraphs().get(5).text().endsWith("(2021–2030 годы),"), d.paragraphs().get(5).text());
    }

    /** A resolution without a preamble prints its formula without the comma, as the header block names the organ. */
    @Test
    void aRussianFormulaWithoutItsCommaIsTheOneAfterTheAdoptionLine() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_79_256.ru.pdf", pdf("A_RES_79_256.ru.rendered.pdf")));
        assertEquals("Предлагаемый бюджет по программам на 2025 год: раздел 26 «Палестинские беженцы»", d.title());
        assertEquals(0, d.preambularCount());
        assertEquals(8, d.operativeCount());
    }

    /** An emergency special session's resolution: symbol on the line below the Organization's name, number line "ES-11/6.". */
    @Test
    void anEmergencySpecialSessionResolutionIsRead() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_ES-11_6.ru.pdf", pdf("A_RES_ES-11_6.ru.rendered.pdf")));
        assertEquals("A/RES/ES-11/6", d.symbol());
        assertEquals(5, d.agendaItem());
        assertEquals(LocalDate.of(2023, 2, 23), d.date());
        assertEquals(8, d.preambularCount());
        assertEquals(11, d.operativeCount());
    }

    /**
     * Page 5 opens with the last word of paragraph 15 ("Афганистане;"), a word that also opens another page: no running
     * header, which stands on most pages. Paragraph 16, opening the next line with its number, is not carried back.
     */
    @Test
    void aWordAtTheTopOfTwoPagesIsNoRunningHeader() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_79_317.ru.pdf", pdf("A_RES_79_317.ru.rendered.pdf")));
        assertEquals(23, d.preambularCount());
        assertEquals(67, d.operativeCount());
        assertTrue(d.paragraphs().stream().filter(p -> Integer.valueOf(15).equals(p.number())).findFirst().orElseThrow().text().endsWith("в Афганистане;"));
    }

    /**
     * Sections headed by their numeral and title on one line ("II Condiciones de servicio ..."), each with its own
     * preamble and operative paragraphs numbered from 1: every section is read, not only the first.
     */
    @Test
    void sectionsHeadedByNumeralAndTitleOnOneLineAreEachRead() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_75_253.es.pdf", pdf("A_RES_75_253.es.rendered.pdf")));
        assertEquals(9, d.preambularCount());
        assertEquals(36, d.operativeCount());
        assertEquals(List.of("I", "II", "III", "IV", "V"), d.sections().stream().map(Section::label).toList());
        assertEquals("Condiciones de servicio y remuneración de los funcionarios que no forman parte del personal de la Secretaría",
                d.sections().get(1).title());
        Paragraph recalling = d.paragraphs().stream().filter(p -> "II".equals(p.section()) && !p.operative()).findFirst().orElseThrow();
        assertTrue(recalling.text().replaceAll("\\s+", " ").startsWith("Recordando sus resoluciones 37/240"), recalling.text());
        // "40/257 A a C": the parts of a resolution adopted in parts, a range
        assertTrue(recalling.citations().stream().map(Citation::symbol).toList().containsAll(
                List.of("A/RES/40/257A", "A/RES/40/257B", "A/RES/40/257C", "A/DEC/74/540B")), recalling.citations().toString());
    }

    /** A resolution adopted as part B, in three sections whose headings carry their titles. */
    @Test
    void aFrenchPartInSectionsIsReadWhole() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_77_263B.fr.pdf", pdf("A_RES_77_263B.fr.rendered.pdf")));
        assertEquals("A/RES/77/263B", d.symbol());
        assertEquals(7, d.preambularCount());
        assertEquals(25, d.operativeCount());
        assertEquals(List.of("I", "II", "III"), d.sections().stream().map(Section::label).toList());
        assertEquals("Conditions de voyage en avion", d.sections().get(0).title());
    }

    /**
     * A Russian preambular paragraph with lettered points ("a) резолюция 69/237 ..., b) резолюция 70/299 ..."): a point
     * opens no paragraph, although Russian paragraphs open in lower case; "75/290 B" cites part B.
     */
    @Test
    void aRussianPreambularParagraphKeepsItsLetteredPoints() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_77_283.ru.pdf", pdf("A_RES_77_283.ru.rendered.pdf")));
        assertEquals(15, d.preambularCount());
        assertEquals(4, d.operativeCount());
        Paragraph seventh = d.paragraphs().get(6);
        assertTrue(seventh.text().contains("b) резолюция 70/299"), seventh.text());
        assertTrue(d.paragraphs().get(5).citations().stream().anyMatch(c -> "A/RES/75/290B".equals(c.symbol())));
    }

    /** "Anexo Declaración sobre ...": the annex heading with the annex's title on its line opens the annex. */
    @Test
    void anAnnexHeadingWithItsTitleOnOneLineOpensTheAnnex() throws IOException, ExtractionException {
        ExtractedDocument d = new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes("A_RES_80_258.es.pdf", pdf("A_RES_80_258.es.rendered.pdf")));
        assertEquals(1, d.operativeCount());
        assertEquals(0, d.footnotes().size());
        assertEquals(1, d.annexes().size());
        assertEquals("Anexo", d.annexes().get(0).label());
        assertEquals("Declaración sobre los Progresos del Foro de Examen de la Migración Internacional", d.annexes().get(0).title());
        assertEquals(5, d.annexes().get(0).footnotes().size());
    }
}
