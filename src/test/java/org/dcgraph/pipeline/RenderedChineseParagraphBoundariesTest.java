package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Chinese resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java,
 * LibreOffice) and read back, where a page's last line fills its line, as every line of Chinese does: the PDF reader
 * joins the next page's first lines to it and marks the page turn, and the reader of paragraphs decides there; and a
 * section whose one operative paragraph is printed without a number after the section's own preamble; a section's
 * numeral and title on one line. Expected values
 * are the markup's.
 */
class RenderedChineseParagraphBoundariesTest {

    private static ExtractedDocument read(String name) throws ExtractionException {
        return Fixtures.extractRenderedPdf(name);
    }

    private static Paragraph preambular(ExtractedDocument d, int position) {
        return d.paragraphs().stream().filter(p -> !p.operative()).skip(position - 1).findFirst().orElseThrow();
    }

    /**
     * A/RES/75/45: page 2 ends with "……并违反了核武器国家提供的消极安全保证，", a preambular paragraph's end; page 3 opens
     * with the one-line paragraph "表示深为关切……尚未开始，".
     */
    @Test
    void aPreambularParagraphOverleafIsOneOfItsOwn() throws ExtractionException {
        ExtractedDocument d = read("A_RES_75_45.zh.rendered.pdf");
        assertEquals(16, d.preambularCount());
        assertEquals(15, d.operativeCount());
        assertTrue(preambular(d, 14).text().endsWith("并违反了核武器国家提供的消极安全保证，"), preambular(d, 14).text());
        assertEquals("表示深为关切裁军谈判会议缔结一项全面的核武器公约的谈判工作尚未开始，", preambular(d, 15).text());
        assertEquals("https://w3id.org/dcgraph/id/verb/expressing", preambular(d, 15).phrase().iri());
    }

    /**
     * A/RES/76/124: "在这方面确认，……救灾能力，" ends page 3 and "对更可预测……" goes on overleaf: the one character "对",
     * an opening phrase too, does not make a paragraph of a clause.
     */
    @Test
    void aClauseOverleafStaysWithItsParagraph() throws ExtractionException {
        ExtractedDocument d = read("A_RES_76_124.zh.rendered.pdf");
        assertEquals(38, d.preambularCount());
        assertEquals(81, d.operativeCount());
        Paragraph p = d.paragraphs().stream().filter(x -> x.text().startsWith("在这方面确认，通过适当、包容和有利的公共政策")).findFirst().orElseThrow();
        assertTrue(p.text().endsWith("减少对人道主义应急的需求，"), p.text());
    }

    /** A/RES/77/163: page 3 ends "……具体目标 14.2、14.4、14.5 和 14." and page 4 opens "6，再次承诺……": one number, one paragraph. */
    @Test
    void aNumberCutAtAPageEndJoinsItsParagraph() throws ExtractionException {
        ExtractedDocument d = read("A_RES_77_163.zh.rendered.pdf");
        assertEquals(33, d.preambularCount());
        assertEquals(30, d.operativeCount());
        assertTrue(preambular(d, 5).text().endsWith("尽快且不加拖延地实现所有具体目标，"), preambular(d, 5).text());
        assertTrue(preambular(d, 6).text().startsWith("考虑到其各项相关决议"), preambular(d, 6).text());
    }

    /**
     * A/RES/75/245, section A: "回顾其第 44/198 号决议，……底薪净额，" and then the section's one operative paragraph,
     * unnumbered, "核准按照委员会报告第 55 段的建议，……；". Section C's one paragraph, "表示赞赏……；" (the English "Expresses
     * appreciation ...;"), is operative too, though the Chinese markup puts it in the section's preamble.
     */
    @Test
    void aSectionsUnnumberedOperativeParagraphAfterItsPreamble() throws ExtractionException {
        ExtractedDocument d = read("A_RES_75_245.zh.rendered.pdf");
        assertEquals(6, d.preambularCount());
        assertEquals(19, d.operativeCount());
        Paragraph appreciation = d.paragraphs().stream().filter(p -> p.text().startsWith("表示赞赏本组织国际和当地外勤人员")).findFirst().orElseThrow();
        assertTrue(appreciation.operative());
        assertEquals("C", appreciation.section());
        Paragraph approves = d.paragraphs().stream().filter(p -> p.text().startsWith("核准按照委员会报告第55段的建议")).findFirst().orElseThrow();
        assertTrue(approves.operative());
        assertEquals("A", approves.section());
        Paragraph recalling = d.paragraphs().get(d.paragraphs().indexOf(approves) - 1);
        assertTrue(!recalling.operative() && recalling.text().endsWith("确定了专业及以上职类工作人员的底薪净额，"), recalling.text());
    }

    /** A/RES/79/258 B sets each section's numeral and title on one line: "一 关于……的订正估计数", "二 人权理事会……". */
    @Test
    void aSectionNumeralAndTitleOnOneLine() throws ExtractionException {
        ExtractedDocument d = read("A_RES_79_258B.zh.rendered.pdf");
        assertEquals(7, d.preambularCount());
        assertEquals(37, d.operativeCount());
        assertEquals("I", d.sections().get(0).label());
        assertEquals("关于打击伊斯兰恐惧症的措施的大会第78/264号决议引起的订正估计数", d.sections().get(0).title());
        assertEquals("II", d.sections().get(1).label());
        assertTrue(d.sections().get(1).title().startsWith("人权理事会第十八周期组织会议通过的决定"), d.sections().get(1).title());
        assertTrue(preambular(d, 1).text().startsWith("审议了秘书长的报告"), preambular(d, 1).text());
    }
}
