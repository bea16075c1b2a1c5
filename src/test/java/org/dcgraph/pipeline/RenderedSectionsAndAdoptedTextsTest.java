package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Resolutions rendered from the UN's Akoma Ntoso by the fidelity benchmark (bench/fidelity/Render.java, LibreOffice)
 * and read back: Arabic sections numbered in ordinal words, one of them at the foot of a page with its title overleaf;
 * a body that opens with its one operative paragraph and runs on into the text it adopts; Chinese sections whose one
 * paragraph opens with a phrase of both parts ("注意到", "回顾"). Expected values are the markup's, except where said.
 */
class RenderedSectionsAndAdoptedTextsTest {

    private static Paragraph starting(ExtractedDocument d, String words) {
        return d.paragraphs().stream().filter(p -> p.text().startsWith(words)).findFirst().orElseThrow();
    }

    /**
     * A/RES/79/298: "أولا" and "ثانيا" head its two sections; "ثانيا" is the last line of page 4, set in the middle, and its
     * title opens page 5: the numeral had room for the title's first word, so it does not run on into the title.
     */
    @Test
    void arabicSectionsNumberedInOrdinalWords() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_79_298.ar.rendered.pdf");
        assertEquals(7, d.preambularCount());
        assertEquals(15, d.operativeCount());
        assertEquals("I", d.paragraphs().get(0).section());
        Paragraph recalling = starting(d, "إذ تشير إلى قرارها 77/304");
        assertFalse(recalling.operative());
        assertEquals("II", recalling.section());
        assertTrue(d.paragraphs().get(d.paragraphs().indexOf(recalling) - 1).text().endsWith("فرادى عمليات حفظ السلام العاملة."));
    }

    /**
     * A/RES/76/1: "تعتمد الإعلان السياسي التالي ...:", the declaration's title, "نحن، رؤساء الدول ...،" and then "1 - نعيد
     * تأكيد ...": one operative paragraph up to the adopted text's second, as the markup's reader takes it, not a preamble.
     */
    @Test
    void aBodyOpeningWithItsOneOperativeParagraphRunsOnIntoTheAdoptedText() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_76_1.ar.rendered.pdf");
        assertEquals(0, d.preambularCount());
        assertEquals(18, d.operativeCount());
        Paragraph first = d.paragraphs().get(0);
        assertEquals(1, first.number());
        assertTrue(first.text().startsWith("تعتمد الإعلان السياسي التالي"), first.text());
        assertTrue(first.text().endsWith("ونعيد تأكيد التزامنا بتنفيذها تنفيذا كاملا وفعالا؛"), first.text());
        assertEquals(2, d.paragraphs().get(1).number());
    }

    /**
     * A/RES/75/253: section 十七 has "回顾……第75/252号决议；" before its one paragraph "核可……"; section 二十三 has only
     * "注意到……；"; section 二十五 has "审议了……，" and then "表示注意到……；"; section 十五 ends with "决定继续审议……；", which
     * the markup puts in the section's preamble, as it does the last two: a paragraph that ends its section as operative
     * paragraphs end is operative in either reading.
     */
    @Test
    void chineseSectionsWhoseOneParagraphOpensWithAPhraseOfBothParts() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_75_253.zh.rendered.pdf");
        assertEquals(31, d.preambularCount());
        assertEquals(161, d.operativeCount());
        Paragraph recalling = starting(d, "回顾其2020年12月31日关于与2021年拟议方案预算有关的问题的第75/252号决议");
        assertFalse(recalling.operative());
        assertTrue(recalling.text().endsWith("第75/252号决议；"), recalling.text());
        Paragraph approves = d.paragraphs().get(d.paragraphs().indexOf(recalling) + 1);
        assertTrue(approves.operative() && approves.text().startsWith("核可2021年拟议方案预算第13款"), approves.text());
        Paragraph notes = starting(d, "注意到联合国系统行政首长协调理事会2021年毛额预算");
        assertTrue(notes.operative());
        assertEquals(1, notes.number());
        assertTrue(starting(d, "表示注意到因汇率和通货膨胀率变动").operative());
    }
}
