package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.SubPoints;
import org.junit.jupiter.api.Test;

/**
 * Chinese resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java,
 * LibreOffice) and read back: A/RES/80/8 (A_RES_80_8-2518947C.xml), whose preambular paragraph 22 goes on overleaf
 * from a full line while other lines hang their comma into the margin; A/RES/80/197 (A_RES_80_197-2520944C.xml),
 * whose point (a) of paragraph 34 goes on overleaf from a line standing in, and whose note markers 4 and 15 stand at
 * the start of a line. Both were rendered with LibreOffice's hanging punctuation (as Word's Chinese layout also sets
 * it), before the benchmark kept Chinese marks inside the line. Expected values are the markup's.
 */
class ChineseRenderedPdfTest {

    private static ExtractedDocument read(String name) throws ExtractionException {
        return Fixtures.extractRenderedPdf(name);
    }

    @Test
    void aParagraphCutByAPageBreakIsOneParagraph() throws ExtractionException {
        ExtractedDocument d = read("A_RES_80_8.zh.rendered.pdf");
        assertEquals(32, d.preambularCount());
        assertEquals(9, d.operativeCount());
        Paragraph p22 = d.paragraphs().get(21);
        assertEquals("https://w3id.org/dcgraph/id/verb/recognizing", p22.phrase().iri());
        assertEquals("又确认青年奥林匹克运动会将体育运动与文化、教育融为一体，在鼓舞青年方面具有重要作用，在这方面注意到2024年在大韩民国江原举行的"
                + "冬季青年奥林匹克运动会圆满结束，欢迎将于2026年在达喀尔举办的夏季青年奥林匹克运动会——这是在非洲大陆举办的第一个奥林匹克盛会，"
                + "以及将于2028年在意大利多洛米蒂-瓦尔泰利纳举办的冬季青年奥林匹克运动会，", p22.text());
        assertEquals("https://w3id.org/dcgraph/id/verb/welcoming", d.paragraphs().get(22).phrase().iri());
    }

    @Test
    void aPointCutByAPageBreakAndMarkersAtALineStartAreRead() throws ExtractionException {
        ExtractedDocument d = read("A_RES_80_197.zh.rendered.pdf");
        assertEquals(43, d.preambularCount());
        assertEquals(44, d.operativeCount());
        assertEquals(17, d.footnotes().size());
        Footnote note4 = d.footnotes().get(3);
        assertEquals(4, note4.number());
        assertEquals("同上，第1249卷，第20378号。", note4.text());
        Paragraph p34 = d.paragraphs().stream().filter(p -> p.operative() && p.number() == 34).findFirst().orElseThrow();
        List<SubPoints.SubPoint> points = p34.subPoints();
        assertEquals(List.of("a", "b", "c", "d"), points.stream().map(SubPoints.SubPoint::label).toList());
        assertEquals("确保国际合作促进性别平等和残疾包容，包括为此使用残疾标志来监测方案执行情况，并在落实《2030年可持续发展议程》和可持续发展目标"
                + "及具体目标和指标以及其他国际框架时收集关于残疾人的数据和统计数字；", points.get(0).text());
    }
}
