package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An agenda sub-item is printed with its letter between the item's number and "of the agenda" in French
 * and Spanish ("Point 18 b) de l’ordre du jour", "Tema 18 b) del programa"); the agenda item is 18, and the
 * header keeps it as printed, with the Latin letter every language version shares: "18 (b)".
 * Excerpts: A/RES/78/317, complete, as its PDF text reads; A/RES/78/118 and A/RES/78/128, their covers as their
 * PDF text reads (the words as the UN's Akoma Ntoso gives them) and a few of their paragraphs.
 */
class AgendaSubItemExtractionTest {
    @Test
    void frenchSubItem() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                Nations Unies A/RES/78/317

                Assemblée générale Distr. générale
                23 juillet 2024

                Soixante-dix-huitième session
                Point 18 b) de l’ordre du jour
                Développement durable : suivi et application des Modalités d’action accélérées des petits États insulaires en développement (Orientations de Samoa) et de la Stratégie de Maurice pour la poursuite de la mise en œuvre du Programme d’action pour le développement durable des petits États insulaires en développement

                Résolution adoptée par l’Assemblée générale le 16 juillet 2024

                [sans renvoi à une grande commission (A/78/L.80)]

                78/317. Le Programme d’Antigua-et-Barbuda pour les petits États insulaires en développement : une déclaration renouvelée en faveur d’une prospérité résiliente

                L’Assemblée générale,

                Rappelant sa résolution 76/203 du 17 décembre 2021, dans laquelle elle a décidé d’organiser, en 2024, la quatrième Conférence internationale sur les petits États insulaires en développement au plus haut niveau possible, ainsi que ses résolutions 77/245 du 30 décembre 2022 et 77/328 du 25 août 2023,

                1. Remercie sincèrement le Gouvernement et le peuple d’Antigua-et-Barbuda d’avoir accueilli la quatrième Conférence internationale sur les petits États insulaires en développement à Antigua-et-Barbuda du 27 au 30 mai 2024 et fourni tout l’appui nécessaire ;

                2. Fait sien le document final de la Conférence, intitulé « Le Programme d’Antigua-et-Barbuda pour les petits États insulaires en développement : une déclaration renouvelée en faveur d’une prospérité résiliente », dont le texte est annexé à la présente résolution.

                100e séance plénière
                16 juillet 2024
                """);
        assertEquals(18, doc.agendaItem());
        assertEquals(List.of("18 (b)"), doc.header().agendaItems());
        assertEquals(78, doc.session());
        assertEquals(100, doc.plenaryMeeting());
        assertEquals(1, doc.preambularCount());
        assertEquals(2, doc.operativeCount());
        assertNull(doc.paragraphs().get(0).number());
        assertEquals("https://w3id.org/dcgraph/id/verb/expresses", doc.paragraphs().get(1).phrase().iri());
        assertEquals("https://w3id.org/dcgraph/id/verb/endorses", doc.paragraphs().get(2).phrase().iri());
    }

    @Test
    void spanishSubItem() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                Naciones Unidas A/RES/78/317

                Asamblea General Distr. general
                23 de julio de 2024

                Septuagésimo octavo período de sesiones
                Tema 18 b) del programa
                Desarrollo sostenible: seguimiento y aplicación de las Modalidades de Acción Acelerada para los Pequeños Estados Insulares en Desarrollo (Trayectoria de Samoa) y la Estrategia de Mauricio para la Ejecución Ulterior del Programa de Acción para el Desarrollo Sostenible de los Pequeños Estados Insulares en Desarrollo

                Resolución aprobada por la Asamblea General el 16 de julio de 2024

                [sin remisión previa a una Comisión Principal (A/78/L.80)]

                78/317. La Agenda de Antigua y Barbuda para los Pequeños Estados Insulares en Desarrollo: una declaración renovada para una prosperidad resiliente

                La Asamblea General,

                Recordando su resolución 76/203, de 17 de diciembre de 2021, en la que decidió organizar, en 2024, la Cuarta Conferencia Internacional sobre los Pequeños Estados Insulares en Desarrollo al más alto nivel posible, así como sus resoluciones 77/245, de 30 de diciembre de 2022, y 77/328, de 25 de agosto de 2023,

                1. Expresa su profunda gratitud al Gobierno y el pueblo de Antigua y Barbuda por acoger la Cuarta Conferencia Internacional sobre los Pequeños Estados Insulares en Desarrollo en Antigua y Barbuda del 27 al 30 de mayo de 2024 y por prestar todo el apoyo necesario;

                2. Hace suyo el documento final de la Conferencia, titulado “La Agenda de Antigua y Barbuda para los Pequeños Estados Insulares en Desarrollo: una declaración renovada para una prosperidad resiliente”, que figura en el anexo de la presente resolución.

                100ª sesión plenaria
                16 de julio de 2024
                """);
        assertEquals(18, doc.agendaItem());
        assertEquals(List.of("18 (b)"), doc.header().agendaItems());
        assertEquals(100, doc.plenaryMeeting());
        assertEquals(2, doc.operativeCount());
        assertEquals("https://w3id.org/dcgraph/id/verb/endorses", doc.paragraphs().get(2).phrase().iri());
    }
    @Test
    void englishSubItemKeepsItsLetterAndTheIntegerItem() throws ExtractionException {
        ExtractedDocument doc = Fixtures.extract(Fixtures.RES_78_118_EN_EXCERPT);
        assertEquals(72, doc.agendaItem());
        assertEquals(List.of("72 (a)"), doc.header().agendaItems());
        assertEquals(List.of("A/RES/78/118"), doc.header().symbols());
        assertEquals("GA", doc.header().organ());
        assertEquals("General", doc.header().distribution());
        assertEquals(java.time.LocalDate.of(2023, 12, 13), doc.header().date());
        assertEquals(java.time.LocalDate.of(2023, 12, 8), doc.date());
        assertEquals(78, doc.header().session());
        assertEquals(47, doc.plenaryMeeting());
        assertEquals(2, doc.operativeCount());
    }

    @Test
    void russianSubItemLetterIsCyrillicAndNamedByItsLatinTwin() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                Организация Объединенных Наций A/RES/78/118

                Генеральная Ассамблея Distr.: General
                13 December 2023

                Семьдесят восьмая сессия
                Пункт 72 а) повестки дня
                Укрепление координации в области гуманитарной помощи и помощи в случае бедствий, предоставляемой Организацией Объединенных Наций, включая специальную экономическую помощь: укрепление координации в области чрезвычайной гуманитарной помощи Организации Объединенных Наций

                Резолюция, принятая Генеральной Ассамблеей 8 декабря 2023 года

                [без передачи в главные комитеты (A/78/L.17)]

                78/118. Безопасность и защита гуманитарного персонала и защита персонала Организации Объединенных Наций

                Генеральная Ассамблея,

                подтверждая свою резолюцию 46/182 от 19 декабря 1991 года об укреплении координации в области чрезвычайной гуманитарной помощи Организации Объединенных Наций,

                1. с удовлетворением принимает к сведению доклад Генерального секретаря;

                47‑е пленарное заседание
                8 декабря 2023 года
                """);
        assertEquals(72, doc.agendaItem());
        assertEquals(List.of("72 (a)"), doc.header().agendaItems());
        assertEquals("General", doc.header().distribution());
        assertEquals("GA", doc.header().organ());
    }

    @Test
    void twoAgendaItemsTheSecondWithItsSubItem() throws ExtractionException {
        ExtractedDocument doc = LoneOperativeParagraphExtractionTest.extract("""
                United Nations A/RES/78/128

                General Assembly Distr.: General
                21 December 2023

                Seventy-eighth session
                Agenda items 13 and 75 (a)
                Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields
                Oceans and the law of the sea: oceans and the law of the sea

                Resolution adopted by the General Assembly on 18 December 2023

                [without reference to a Main Committee (A/78/L.25)]

                78/128. 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development

                The General Assembly,

                Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,

                1. Decides that the high-level 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, co-hosted by Costa Rica and France, will be organized in Nice, France, from 9 to 13 June 2025, to support the implementation of Sustainable Development Goal 14;

                48th plenary meeting
                18 December 2023
                """);
        assertEquals(13, doc.agendaItem());
        assertEquals(List.of("13", "75 (a)"), doc.header().agendaItems());
        assertEquals(48, doc.plenaryMeeting());
    }
}
