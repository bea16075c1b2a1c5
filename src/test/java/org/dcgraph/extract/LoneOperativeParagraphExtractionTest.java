package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A/RES/78/246 (Report on the activities of the Ethics Office) as its PDF text reads in four languages: a
 * resolution with a single operative paragraph prints it without a number, and it was adopted at a resumed
 * plenary meeting. The operative paragraph is paragraph 1, and the meeting line is the meeting, not more words
 * of that paragraph.
 */
class LoneOperativeParagraphExtractionTest {
    static ExtractedDocument extract(String text) throws ExtractionException {
        return Fixtures.extract(SourceFile.of("excerpt.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertLoneOperative(ExtractedDocument doc, int preambular, String verb, String text) {
        assertEquals(preambular, doc.preambularCount());
        List<Paragraph> operative = doc.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(1, operative.size());
        assertEquals(1, operative.get(0).number());
        assertEquals("https://w3id.org/dcgraph/id/verb/" + verb, operative.get(0).phrase().iri());
        assertEquals(text, operative.get(0).text());
        assertEquals(50, doc.plenaryMeeting());
        assertEquals(140, doc.agendaItem());
    }

    @Test
    void english() throws ExtractionException {
        ExtractedDocument doc = extract("""
                United Nations A/RES/78/246

                General Assembly Distr.: General
                28 December 2023

                Seventy-eighth session
                Agenda item 140
                Report on the activities of the Ethics Office

                Resolution adopted by the General Assembly on 22 December 2023

                [on the report of the Fifth Committee (A/78/646, para. 6)]

                78/246. Report on the activities of the Ethics Office

                The General Assembly,

                Recalling its resolutions 60/254 of 8 May 2006, 62/247 of 3 April 2008, 63/250 of 24 December 2008, 66/234 of 24 December 2011, 67/255 of 12 April 2013, 68/252 of 27 December 2013, 71/263 of 23 December 2016 and 77/278 of 18 April 2023,

                Having considered the report of the Ethics Office,¹

                Takes note of the report of the Ethics Office.

                50th (resumed) plenary meeting
                22 December 2023

                ¹ A/78/91.
                """);
        assertEquals("A/RES/78/246", doc.symbol());
        assertLoneOperative(doc, 2, "takes-note", "Takes note of the report of the Ethics Office.");
        assertEquals(1, doc.footnotes().size());
    }

    @Test
    void french() throws ExtractionException {
        ExtractedDocument doc = extract("""
                Nations Unies A/RES/78/246

                Assemblée générale Distr. générale
                28 décembre 2023

                Soixante-dix-huitième session
                Point 140 de l’ordre du jour
                Rapport sur les activités du Bureau de la déontologie

                Résolution adoptée par l’Assemblée générale le 22 décembre 2023

                [sur la base du rapport de la Cinquième Commission (A/78/646, par. 6)]

                78/246. Rapport sur les activités du Bureau de la déontologie

                L’Assemblée générale,

                Rappelant ses résolutions 60/254 du 8 mai 2006, 62/247 du 3 avril 2008, 63/250 du 24 décembre 2008, 66/234 du 24 décembre 2011, 67/255 du 12 avril 2013, 68/252 du 27 décembre 2013, 71/263 du 23 décembre 2016 et 77/278 du 18 avril 2023,

                Ayant examiné le rapport du Bureau de la déontologie¹,

                Prend note du rapport du Bureau de la déontologie.

                50e séance plénière (reprise)
                22 décembre 2023

                ¹ A/78/91.
                """);
        assertLoneOperative(doc, 2, "takes-note", "Prend note du rapport du Bureau de la déontologie.");
    }

    @Test
    void spanish() throws ExtractionException {
        ExtractedDocument doc = extract("""
                Naciones Unidas A/RES/78/246

                Asamblea General Distr. general
                28 de diciembre de 2023

                Septuagésimo octavo período de sesiones
                Tema 140 del programa
                Informe sobre las actividades de la Oficina de Ética

                Resolución aprobada por la Asamblea General el 22 de diciembre de 2023

                [sobre la base del informe de la Quinta Comisión (A/78//646, párr. 6)]

                78/246. Informe sobre las actividades de la Oficina de Ética

                La Asamblea General,

                Recordando sus resoluciones 60/254, de 8 de mayo de 2006, 62/247, de 3 de abril de 2008, 63/250, de 24 de diciembre de 2008, 66/234, de 24 de diciembre de 2011, 67/255, de 12 de abril de 2013, 68/252, de 27 de diciembre de 2013, 71/263, de 23 de diciembre de 2016, y 77/278, de 18 de abril de 2023,

                Habiendo examinado el informe de la Oficina de Ética¹,

                Toma nota del informe de la Oficina de Ética.

                50ª sesión plenaria (continuación)
                22 de diciembre de 2023

                ¹ A/78/91.
                """);
        assertLoneOperative(doc, 2, "takes-note", "Toma nota del informe de la Oficina de Ética.");
    }

    /** In Arabic the lone operative verb (تحيط علما) is also the preambular وإذ تحيط علما without its particle. */
    @Test
    void arabic() throws ExtractionException {
        ExtractedDocument doc = extract("""
                الدورة الثامنة والسبعون
                البند 140 من جدول الأعمال
                تقرير عن أنشطة مكتب الأخلاقيات

                قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023

                [بناء على تقرير اللجنة الخامسة (A/78/646، الفقرة 6)]

                246/78 - – تقرير عن أنشطة مكتب الأخلاقيات

                إن الجمعية العامة،

                إذ تشير إلى قراراتها 254/60 المؤرخ 8 أيار/مايو 2006 و 247/62 المؤرخ 3 نيسان/أبريل 2008 و 250/63 المؤرخ 24 كانون الأول/ديسمبر 2008 و 234/66 المؤرخ 24 كانون الأول/ديسمبر 2011 و 255/67 المؤرخ 12 نيسان/أبريل 2013 و 252/68 المؤرخ 27 كانون الأول/ديسمبر 2013 و 263/71 المؤرخ 23 كانون الأول/ديسمبر 2016 و 278/77 المؤرخ 18 نيسان/أبريل 2023،

                وقد نظرت في تقرير مكتب الأخلاقيات⁽¹⁾،

                تحيط علما بتقرير مكتب الأخلاقيات.

                الجلسة العامة 50 (المستأنفة)
                22 كانون الأول/ديسمبر 2023

                (1) A/78/91.
                """);
        assertEquals("A/RES/78/246", doc.symbol());
        assertLoneOperative(doc, 2, "takes-note", "تحيط علما بتقرير مكتب الأخلاقيات.");
    }

    /**
     * A/RES/76/3 as its rendered PDF reads (bench/fidelity): "Adopts the following document:" after a preambular
     * paragraph ending with a comma opens with an operative phrase, so it is the unnumbered operative paragraph and
     * not a second preambular one; the adopted text's paragraphs follow it.
     */
    @Test
    void adoptsAfterThePreambleIsTheOperativeParagraph() throws ExtractionException {
        ExtractedDocument doc = extract("""
                United Nations

                A/RES/76/3

                General Assembly

                Distr.: General
                28 October 2021

                Seventy-sixth session
                Agenda item 30

                Resolution adopted by the General Assembly on 25 October 2021

                [without reference to a Main Committee (A/76/L.3)]

                76/3. The “Space2030” Agenda: space as a driver of sustainable development

                The General Assembly,

                Recalling its resolution 73/6 of 26 October 2018,

                Adopts the following document:

                The “Space2030” Agenda: space as a driver of sustainable development

                Part A. Agenda

                I. Introduction

                1. The United Nations has been at the centre of international cooperation in space activities since the
                beginning of the space age.

                2. Owing to its unique mandate and position at the centre of international cooperation in the peaceful uses of
                outer space, the Committee played a key role in the organization of the first three United Nations conferences.

                40th plenary meeting
                25 October 2021
                """);
        assertEquals(1, doc.preambularCount());
        List<Paragraph> operative = doc.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(1, operative.size());
        assertEquals("https://w3id.org/dcgraph/id/verb/adopts", operative.get(0).phrase().iri());
        assertEquals("Adopts the following document:", operative.get(0).text());
    }
}
