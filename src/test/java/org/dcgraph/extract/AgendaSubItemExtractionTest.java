package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * An agenda sub-item is printed with its letter between the item's number and "of the agenda" in French
 * and Spanish ("Point 18 b) de l’ordre du jour", "Tema 18 b) del programa"); the agenda item is 18.
 * Excerpts: A/RES/78/317, complete, as its PDF text reads.
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
        assertEquals(100, doc.plenaryMeeting());
        assertEquals(2, doc.operativeCount());
        assertEquals("https://w3id.org/dcgraph/id/verb/endorses", doc.paragraphs().get(2).phrase().iri());
    }
}
