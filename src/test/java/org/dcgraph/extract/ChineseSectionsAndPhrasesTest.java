package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.Ordinals;
import org.dcgraph.reference.PhraseBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Chinese prints what the other languages print otherwise: sections numbered 一, 二 (the first two sections of
 * A/RES/78/253 as its rendered PDF reads, footnotes left out, with its meeting line), an opening phrase after a clause
 * or a modifier closed by a comma, a point's marker without a space after it. Expected values are the markup's
 * (A_RES_78_253-2326236C.xml and the paragraphs of A/RES/80/11, A/RES/77/248, A/RES/76/48 and A/RES/75/209 named below).
 */
class ChineseSectionsAndPhrasesTest {
    private static final PhraseBook PHRASES = new PhraseBook(Fixtures.REFERENCE);

    @Test
    void sectionsNumberedInChineseNumberTheirParagraphsAfresh() throws ExtractionException {
        String file = "corpus-extra/res-78-253-zh-excerpt.txt";
        ExtractedDocument d = Fixtures.extract(SourceFile.of(file, Fixtures.bytes(file)));
        assertEquals("A/RES/78/253", d.symbol());
        assertEquals(4, d.preambularCount());
        List<Paragraph> operative = d.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(8, operative.size());
        assertEquals(List.of("I", "II"), d.sections().stream().map(Section::label).toList());
        assertEquals("企业资源规划项目，“团结”系统", d.sections().get(0).title());
        assertEquals(List.of("I", "I", "II", "II", "II", "II", "II", "II"), operative.stream().map(Paragraph::section).toList());
        assertEquals(List.of(1, 2, 1, 2, 3, 4, 5, 6), operative.stream().map(Paragraph::number).toList());
        assertEquals(4, operative.get(7).subPoints().size());
        List<Paragraph> preambular = d.paragraphs().stream().filter(p -> !p.operative()).toList();
        assertEquals(List.of("I", "I", "II", "II"), preambular.stream().map(Paragraph::section).toList());
        assertEquals("https://w3id.org/dcgraph/id/verb/having-considered", preambular.get(3).phrase().iri());
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "false|reaffirming|又重申|在安全理事会2000年10月31日第1325 (2000)号决议通过二十五周年之际，又重申妇女在建设和平和保持和平方面的重要作用，",
            "true|encourages|在这方面，鼓励|在这方面，鼓励各国在实现建立海洋保护区(包括代表性网络)这一目标方面取得进一步进展，",
            "false|taking-into-account|在这方面，考虑到|在这方面，考虑到2018年5月宣布的秘书长裁军议程《保护我们的共同未来：裁军议程》，",
            "true|requests|因此又请|因此又请秘书长继续向海法司分配适当和足够资源，",
            "true|reiterates|为此再次请|为此再次请以色列政府承担责任，"})
    void chineseOpeningPhraseAfterALeadingClause(boolean operative, String concept, String openingWords, String text) {
        String folded = MatchFolding.fold(text);
        PhraseBook.Match m = PHRASES.opening("zh", operative, folded);
        assertEquals("https://w3id.org/dcgraph/id/verb/" + concept, m.phrase().iri());
        assertEquals(openingWords, folded.substring(m.start(), m.end()));
    }

    @Test
    void aClauseWithoutAPhraseAfterItOpensNone() {
        assertNull(PHRASES.opening("zh", false, MatchFolding.fold("在全球范围内，如果每个国家都实现性别平等，")));
    }

    @Test
    void chinesePointsNeedNoSpaceAfterTheirMarker() {
        List<SubPoints.SubPoint> points = SubPoints.of("重申需要通过以下方式加强这一作用的发挥： (a)请建设和平委员会制定年度工作方案； (b)请建设和平委员会发挥平台作用；");
        assertEquals(List.of("a", "b"), points.stream().map(SubPoints.SubPoint::label).toList());
        assertEquals("请建设和平委员会制定年度工作方案；", points.get(0).text());
    }

    @Test
    void chineseCardinalsAreReadOnlyAsWritten() {
        assertEquals(1, Ordinals.cardinal("zh", "一"));
        assertEquals(20, Ordinals.cardinal("zh", "二十"));
        assertEquals(23, Ordinals.cardinal("zh", "二十三"));
        assertNull(Ordinals.cardinal("zh", "一二"));
        assertNull(Ordinals.cardinal("zh", "大会"));
    }
}
