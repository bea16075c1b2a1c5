package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A resolution adopted in parts prints its part letter after the number: "78/183 A. Title" in English,
 * "183/78 ألف - العنوان" in an Arabic PDF's text. The part belongs to the symbol (A/RES/78/183A, as the UN's
 * document system writes it), and the title is what follows the letter. Excerpt: A/RES/78/183 A, complete.
 */
class ResolutionPartExtractionTest {
    @Test
    void english() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                United Nations A/RES/78/183 A

                General Assembly Distr.: General
                22 December 2023

                Seventy-eighth session
                Agenda item 60
                Report of the United Nations High Commissioner for Refugees, questions relating to refugees, returnees and displaced persons and humanitarian questions

                Resolution adopted by the General Assembly on 19 December 2023

                [on the report of the Third Committee (A/78/474, para. 26)]

                78/183 A. Enlargement of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees

                The General Assembly,

                Taking note of Economic and Social Council decision 2023/313 of 5 April 2023 concerning the enlargement of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees,

                Taking note also of the request regarding the enlargement of the Executive Committee contained in the note verbale dated 28 December 2022 from the Permanent Mission of Guatemala to the United Nations addressed to the Secretary-General,¹

                1. Decides to increase the number of members of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees from 108 States to 109 States;

                2. Requests the Economic and Social Council to elect the additional member at a meeting of its management segment in 2024.

                50th plenary meeting
                19 December 2023

                ¹ E/2023/52.
                """);
        assertEquals("A/RES/78/183A", doc.symbol());
        assertEquals("Enlargement of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees", doc.title());
        assertEquals(2, doc.preambularCount());
        assertEquals(2, doc.operativeCount());
        assertEquals(50, doc.plenaryMeeting());
    }

    @Test
    void arabic() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                الأمــم المتحـدة A/RES/78/183 A

                الجمعية العامة Distr.: General
                22 December 2023

                الدورة الثامنة والسبعون
                البند 60 من جدول الأعمال
                تقرير مفوض الأمم المتحدة السامي لشؤون اللاجئين، والمسائل المتصلة باللاجئين والعائدين والمشردين، والمسائل الإنسانية

                قرار اتخذته الجمعية العامة في 19 كانون الأول/ديسمبر 2023

                [بناء على تقرير اللجنة الثالثة (A/78/474، الفقرة 26)]

                183/78 ألف - توسيع عضوية اللجنة التنفيذية لبرنامج مفوض الأمم المتحدة السامي لشؤون اللاجئين

                إن الجمعية العامة،

                إذ تحيط علما بمقرر المجلس الاقتصادي والاجتماعي 313/2023 المؤرخ 5 نيسان/أبريل 2023 بشأن توسيع عضوية اللجنة التنفيذية لبرنامج مفوض الأمم المتحدة السامي لشؤون اللاجئين،

                وإذ تحيط علما أيضا بالطلب المتعلق بتوسيع عضوية اللجنة التنفيذية الوارد في المذكرة الشفوية المؤرخة 28 كانون الأول/ديسمبر 2022 الموجهة إلى الأمين العام من البعثة الدائمة لغواتيمالا لدى الأمم المتحدة⁽¹⁾،

                1 - تقرر زيادة عدد أعضاء اللجنة التنفيذية لبرنامج مفوض الأمم المتحدة السامي لشؤون اللاجئين من 108 إلى 109 دول؛

                2 - تطلب إلى المجلس الاقتصادي والاجتماعي أن ينتخب العضو الإضافي في اجتماع يُعقد في إطار الجزء المتعلق بالإدارة من دورته لعام 2024.

                الجلسة العامة 50
                19 كانون الأول/ديسمبر 2023

                (1) E/2023/52.
                """);
        assertEquals("A/RES/78/183A", doc.symbol());
        assertEquals("توسيع عضوية اللجنة التنفيذية لبرنامج مفوض الأمم المتحدة السامي لشؤون اللاجئين", doc.title());
        assertEquals(2, doc.operativeCount());
    }
}
