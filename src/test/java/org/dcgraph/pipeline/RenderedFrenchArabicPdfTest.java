package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * French and Arabic resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java,
 * LibreOffice) and read back; expected values are the markup's. A/RES/78/108 and A/RES/79/319 in French are
 * A_RES_78_108-2324964F.xml and A_RES_79_319-2512359F.xml; A/RES/75/212, A/RES/75/110, A/RES/78/58 and A/RES/77/221 in Arabic are 75_212_A.xml, 75_110_A.xml,
 * A_RES_78_58-2324476A.xml and A_RES_77_221-2228987A.xml, A/RES/77/36 in Arabic A_RES_77_36-2228101A.xml.
 */
class RenderedFrenchArabicPdfTest {

    private static ExtractedDocument read(String name, String file) throws IOException, ExtractionException {
        try (InputStream in = RenderedFrenchArabicPdfTest.class.getResourceAsStream("/pdf/" + file)) {
            return new Pipeline(Fixtures.REFERENCE).extract(new NamedBytes(name, in.readAllBytes()));
        }
    }

    /** The title line ends "sa soixante-": the hyphen of an ordinal cut at a line end is the word's own. */
    @Test
    void anOrdinalCutAtTheHyphenKeepsIt() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_78_108.fr.pdf", "A_RES_78_108.fr.rendered.pdf");
        assertEquals("Rapport de la Commission du droit international sur les travaux de sa soixante-quatorzième session", d.title());
        assertEquals(13, d.preambularCount());
        assertEquals(44, d.operativeCount());
    }

    /**
     * "2018-2028" in an Arabic sentence is set "2028-2018", its two numbers in the sentence's order; at the end of a
     * line, as in the title, nothing to the number's left says it is in an Arabic sentence.
     */
    @Test
    void aRangeOfYearsAtTheEndOfAnArabicLineIsReadInOrder() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_75_212.ar.pdf", "A_RES_75_212.ar.rendered.pdf");
        assertEquals("مؤتمر الأمم المتحدة بشأن استعراض منتصف المدة الشامل لتنفيذ أهداف العقد الدولي للعمل،"
                + " ”الماء من أجل التنمية المستدامة“، 2018-2028", d.title());
        assertEquals(21, d.preambularCount());
        assertEquals(26, d.operativeCount());
        assertEquals(true, d.paragraphs().get(1).text().endsWith("”الماء من أجل التنمية المستدامة“، 2018-2028،"), d.paragraphs().get(1).text());
    }

    /** Two paragraphs of A/RES/75/110 open "و إذ تشير", the particle apart from its و: preambular, and Recalling. */
    @Test
    void theParticleWrittenApartOpensAPreambularParagraph() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_75_110.ar.pdf", "A_RES_75_110.ar.rendered.pdf");
        assertEquals(25, d.preambularCount());
        assertEquals(15, d.operativeCount());
        for (int i : new int[] {17, 19}) {
            Paragraph p = d.paragraphs().get(i);
            assertEquals(Paragraph.Kind.PREAMBULAR, p.kind());
            assertEquals(true, p.text().startsWith("و إذ تشير"), p.text());
            assertEquals("https://w3id.org/dcgraph/id/verb/recalling", p.phrase().iri());
        }
    }

    /** "وتقديرا منها" (a verbal noun with منها) opens the fourth preambular paragraph of A/RES/78/58, after a comma. */
    @Test
    void aVerbalNounWithMinhaOpensAPreambularParagraph() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_78_58.ar.pdf", "A_RES_78_58.ar.rendered.pdf");
        assertEquals(7, d.preambularCount());
        assertEquals(8, d.operativeCount());
        assertEquals(true, d.paragraphs().get(3).text().startsWith("وتقديرا منها لوفاء نيبال"), d.paragraphs().get(3).text());
        assertEquals("https://w3id.org/dcgraph/id/verb/welcoming", d.paragraphs().get(4).phrase().iri());
    }

    /**
     * Point (c) of operative paragraph 13 of A/RES/77/221 goes on overleaf: "... بالقولبة" / "المهينة للأشخاص ...". The
     * page break is no paragraph break, so the point is not taken for a heading and lost.
     */
    @Test
    void anArabicPointCutByAPageBreakStaysWhole() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_77_221.ar.pdf", "A_RES_77_221.ar.rendered.pdf");
        assertEquals(15, d.preambularCount());
        assertEquals(23, d.operativeCount());
        Paragraph p = d.paragraphs().stream().filter(q -> q.kind() == Paragraph.Kind.OPERATIVE && q.position() == 13).findFirst().orElseThrow();
        assertEquals(6, p.subPoints().size());
        assertEquals(true, p.subPoints().get(2).text().startsWith("حوادث الكراهية"), p.subPoints().get(2).text());
        assertEquals(true, p.subPoints().get(2).text().contains("بالقولبة المهينة للأشخاص"), p.subPoints().get(2).text());
        assertEquals(19, d.paragraphs().stream().mapToInt(q -> q.subPoints().size()).sum());
    }

    /**
     * A/RES/79/319 in French prints "12." twice, then 13, 14, 16 ... 31 (the UN's markup numbers them so): the second
     * "12." opens the next operative paragraph, and every paragraph after it is read, 31 as printed.
     */
    @Test
    void aRepeatedParagraphNumberOpensTheNextParagraph() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_79_319.fr.pdf", "A_RES_79_319.fr.rendered.pdf");
        List<Paragraph> operative = d.paragraphs().stream().filter(q -> q.kind() == Paragraph.Kind.OPERATIVE).toList();
        assertEquals(31, operative.size());
        assertEquals(12, operative.get(12).number());
        assertEquals(true, operative.get(12).text().startsWith("Encourage les"), operative.get(12).text());
        assertEquals(31, operative.get(30).number());
    }

    /** The third preambular paragraph of A/RES/77/36 in Arabic glues the particle to its verb: "وإذتسلم". */
    @Test
    void theParticleGluedToItsVerbOpensAPreambularParagraph() throws IOException, ExtractionException {
        ExtractedDocument d = read("A_RES_77_36.ar.pdf", "A_RES_77_36.ar.rendered.pdf");
        assertEquals(8, d.preambularCount());
        assertEquals(7, d.operativeCount());
        assertEquals(true, d.paragraphs().get(2).text().startsWith("وإذتسلم بأن نشر"), d.paragraphs().get(2).text());
        assertEquals("https://w3id.org/dcgraph/id/verb/reaffirming", d.paragraphs().get(3).phrase().iri());
    }
}
