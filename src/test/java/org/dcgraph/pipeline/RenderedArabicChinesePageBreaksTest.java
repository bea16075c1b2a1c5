package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.Section;
import org.dcgraph.extract.SubPoints;
import org.junit.jupiter.api.Test;

/**
 * Arabic and Chinese resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java,
 * LibreOffice) and read back, each for a layout the reader got wrong: Latin words set smaller in an Arabic line, a
 * point or paragraph cut by a page break, a heading set close above a numbered paragraph, a number the UN skipped,
 * a day written against its preposition, a part letter spelt in both scripts. Expected values are the markup's.
 */
class RenderedArabicChinesePageBreaksTest {

    private static ExtractedDocument read(String name) throws ExtractionException {
        return Fixtures.extractRenderedPdf(name);
    }

    private static Paragraph operative(ExtractedDocument d, int number) {
        return d.paragraphs().stream().filter(p -> p.operative() && p.number() == number).findFirst().orElseThrow();
    }

    private static List<String> labels(List<SubPoints.SubPoint> points) {
        return points.stream().map(SubPoints.SubPoint::label).toList();
    }

    /** A/RES/80/250: paragraph 4 ends a page with "(jus cogens)؛", its Latin words a size smaller than the Arabic. */
    @Test
    void latinWordsOfAnArabicLineDoNotEndItsParagraph() throws ExtractionException {
        ExtractedDocument d = read("A_RES_80_250.ar.rendered.pdf");
        assertEquals(40, d.preambularCount());
        assertEquals(16, d.operativeCount());
        assertTrue(operative(d, 4).text().endsWith("انتهاكاتٌ لقواعدَ آمرة (jus cogens)؛"), operative(d, 4).text());
        assertTrue(operative(d, 5).text().startsWith("تؤكد من جديد اعترافها الجماعي"), operative(d, 5).text());
    }

    /** A/RES/80/176: point (ه) of paragraph 7 goes on overleaf; its first line is no cross-heading. */
    @Test
    void anArabicPointCutByAPageBreakIsNoHeading() throws ExtractionException {
        ExtractedDocument d = read("A_RES_80_176.ar.rendered.pdf");
        assertEquals(27, d.preambularCount());
        assertEquals(20, d.operativeCount());
        assertTrue(d.sections().isEmpty(), d.sections().toString());
        List<SubPoints.SubPoint> points = operative(d, 7).subPoints();
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), labels(points));
        assertEquals("تيسير التعاون فيما بين السلطات الوطنية التي تشرِف على دورات تطوير الأدوية والتجارب السريرية لأنواع العلاجات"
                + " التي يستفيد منها الأشخاص المصابون بمرض نادر؛", points.get(4).text());
    }

    /** A/RES/76/3, annex paragraph 24: point (ح) goes on overleaf from a line that stands in as a point's lines do. */
    @Test
    void anIndentedArabicPointGoesOnOverleaf() throws ExtractionException {
        ExtractedDocument d = read("A_RES_76_3.ar.rendered.pdf");
        Paragraph p24 = d.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED && p.number() == 24).findFirst().orElseThrow();
        List<SubPoints.SubPoint> points = p24.subPoints();
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), labels(points));
        assertTrue(points.get(7).text().contains("التي تشجع على التعاون الطوعي بشأن المسائل التي تحظى باهتمام مشترك"), points.get(7).text());
    }

    /** A/RES/75/90: a cross-heading of 79 letters set close above "65 - تعرب ..." is a heading of its own. */
    @Test
    void aLongHeadingCloseAboveANumberedParagraphIsAHeading() throws ExtractionException {
        ExtractedDocument d = read("A_RES_75_90.ar.rendered.pdf");
        assertEquals(19, d.preambularCount());
        assertEquals(68, d.operativeCount());
        assertTrue(d.sections().stream().map(Section::title)
                .anyMatch("بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان والمجلس المشترك للتنسيق والرصد"::equals), d.sections().toString());
        assertTrue(operative(d, 65).text().startsWith("تعرب عن تقديرها لتعيين الممثلة الخاصة الجديدة للأمين العام"), operative(d, 65).text());
    }

    /** A/RES/75/287 goes from paragraph 6 to 8, in print as in the UN's markup. */
    @Test
    void aSkippedParagraphNumberStillOpensTheNextParagraph() throws ExtractionException {
        ExtractedDocument d = read("A_RES_75_287.zh.rendered.pdf");
        assertEquals(20, d.preambularCount());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 8, 9), d.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::number).toList());
        assertEquals("促请缅甸继续与东南亚国家联盟进行接触，寻求一个持久的和平解决方案以化解当前危机，同时考虑到该联盟在继续协助缅甸实现民主过渡方面所起的重要作用；",
                operative(d, 8).text());
        assertEquals("https://w3id.org/dcgraph/id/verb/calls-upon", operative(d, 8).phrase().iri());
    }

    /** A/RES/77/109 prints "قرار اتخذته الجمعية العامة في7 كانون الأول/ديسمبر 2022", the day against في. */
    @Test
    void anAdoptionDateAgainstItsPrepositionIsRead() throws ExtractionException {
        ExtractedDocument d = read("A_RES_77_109.ar.rendered.pdf");
        assertEquals("A/RES/77/109", d.symbol());
        assertEquals(LocalDate.of(2022, 12, 7), d.date());
        assertEquals(17, d.preambularCount());
        assertEquals(20, d.operativeCount());
    }

    /** A/RES/78/183 A: the number line "78/183 ألف A - ..." spells the part letter in both scripts. */
    @Test
    void aPartLetterInBothScriptsIsNoPartOfTheTitle() throws ExtractionException {
        ExtractedDocument d = read("A_RES_78_183A.ar.rendered.pdf");
        assertEquals("A/RES/78/183A", d.symbol());
        assertEquals("توسيع عضوية اللجنة التنفيذية لبرنامج مفوض الأمم المتحدة السامي لشؤون اللاجئين", d.title());
    }
}
