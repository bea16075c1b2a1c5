package org.dcgraph.extract.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The UN's Akoma Ntoso files where the markup says less than the print: a preambular paragraph left in the main body
 * without a number (the Chinese of A/RES/77/65), sections marked up as section elements whose one paragraph has no
 * number (the Chinese of A/RES/78/253, sections 二十 to 二十五 kept), or whose last paragraph, ending as an operative
 * paragraph ends, is marked up as the section's preamble for its phrase ("注意到……；" in section 二十三, "Notes" in English), a paragraph number printed twice ("3-" for 4 in
 * the Arabic of A/RES/80/192, paragraphs 1 to 6 kept), a word stretched with tatweel in an opening phrase (the Arabic of
 * A/RES/76/35, "وإذ تلاحظ مع الارتيـاح"), a preamble's container holding a second paragraph with its own bold phrase (the
 * Chinese of A/RES/75/205 repeats paragraph 11 inside the container of paragraph 12, so that 26 are printed), a
 * paragraph's number printed in its words instead of its own element (the Chinese of A/RES/79/254, paragraph 24). Each is read as the printed
 * resolution reads.
 */
class AknMarkupSlipsTest {
    private static ExtractedDocument read(String name) throws ExtractionException {
        List<ExtractedDocument> docs = Fixtures.readAkn("akn/" + name);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<String> kinds(ExtractedDocument d) {
        return d.paragraphs().stream().map(p -> (p.operative() ? "op " + p.number() : "pp") + " " + (p.phrase() == null ? "-" : p.phrase().english())).toList();
    }

    @Test
    void anUnnumberedParagraphEndingAsThePreambleEndsIsPreambular() throws ExtractionException {
        ExtractedDocument d = read("A_RES_77_65-2228155C.xml");
        assertEquals(34, d.preambularCount());
        assertEquals(23, d.operativeCount());
        Paragraph last = d.paragraphs().get(33);
        assertEquals(Paragraph.Kind.PREAMBULAR, last.kind());
        assertTrue(last.text().startsWith("深知恐怖主义行为中使用大规模毁灭性武器"), last.text());
        assertEquals("敦促所有核武器国家采取有效裁军措施，尽早彻底消除所有核武器；", d.paragraphs().get(34).text());
    }

    @Test
    void aSectionElementsLoneUnnumberedParagraphIsItsParagraphOne() throws ExtractionException {
        ExtractedDocument d = read("A_RES_78_253-2326236C-excerpt.xml");
        assertEquals(List.of("op 1 Approves", "op 1 Approves", "op 1 Approves", "op 1 Notes", "pp Having considered", "op 1 Takes note"), kinds(d));
        assertEquals(5, d.paragraphs().stream().map(Paragraph::section).distinct().count());
        assertEquals("核准联合检查组2024年毛额预算8 727 500美元；", d.paragraphs().get(1).text());
    }

    @Test
    void aNumberPrintedTwiceOnAParagraphWithItsOwnPhraseIsTheNextNumber() throws ExtractionException {
        ExtractedDocument d = read("A_RES_80_192-2520890A-excerpt.xml");
        List<Paragraph> ops = d.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ops.stream().map(Paragraph::number).toList());
        assertEquals("Notes", ops.get(3).phrase().english());
        assertTrue(ops.get(3).text().startsWith("تلاحظ مع الجزع أن الاتحاد الروسي"), ops.get(3).text());
        assertTrue(ops.get(2).text().endsWith("؛"), ops.get(2).text());
    }

    @Test
    void aPhraseStretchedWithTatweelIsMatchedWithoutIt() throws ExtractionException {
        ExtractedDocument d = read("A_RES_76_35-2118430A.xml");
        assertEquals(13, d.preambularCount());
        Paragraph p11 = d.paragraphs().get(10);
        assertEquals("Noting with appreciation", p11.phrase().english());
        assertTrue(p11.text().startsWith("وإذ تلاحظ مع الارتياح بدء نفاذ الاتفاقية المشتركة"), p11.text());
    }

    @Test
    void aContainerOfTwoPhrasedParagraphsIsTwoParagraphs() throws ExtractionException {
        ExtractedDocument d = read("A_RES_75_205_C.xml");
        assertEquals(26, d.preambularCount());
        assertEquals(37, d.operativeCount());
        assertTrue(d.paragraphs().get(11).text().startsWith("表示深为关切自全球金融危机以来"), d.paragraphs().get(11).text());
        assertEquals(d.paragraphs().get(10).text(), d.paragraphs().get(12).text());
        assertEquals("Highlighting", d.paragraphs().get(13).phrase().english());
    }

    /** The Chinese of A/RES/79/254 prints paragraph 24's number in its words, after a left-to-right mark (U+200E): "24.", a tab, "欢迎……". */
    @Test
    void aNumberPrintedInTheParagraphsWordsIsItsNumber() throws ExtractionException {
        ExtractedDocument d = read("A_RES_79_254-2424695C.xml");
        assertEquals(3, d.preambularCount());
        assertEquals(29, d.operativeCount());
        Paragraph p24 = d.paragraphs().stream().filter(p -> p.operative() && p.number() == 24).findFirst().orElseThrow();
        assertTrue(p24.text().startsWith("欢迎联合国争议法庭努力减少待决案件和积压案件"), p24.text());
        assertEquals("确认工作人员法律援助办公室持续对内部司法系统作出的积极贡献；", d.paragraphs().get(25).text());
    }
}
