package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dcgraph.Fixtures;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.PhraseBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opening phrases of session-78 resolutions that the vocabulary did not know, each with the concept its
 * English text (the same paragraph of the same resolution) shows it to be. The openings are real paragraph
 * beginnings; a paragraph whose preambular phrase is unknown is not even separated from the one before it.
 */
class SweepOpeningPhrasesTest {
    private static final PhraseBook PHRASES = new PhraseBook(Fixtures.REFERENCE);

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | pre | Saluant les activités que le Comité international olympique, le Comité international paralympique | welcoming
            fr | pre | Prenant acte du rapport du Groupe indépendant de haut niveau | taking-note
            fr | pre | Condamnant fermement tous les actes de violence, attaques et menaces visant le personnel humanitaire | condemning
            es | pre | Condenando enérgicamente todos los actos de violencia, en particular los ataques directos | condemning
            es | pre | Guiada por los propósitos y principios de la Carta de las Naciones Unidas, | guided-by
            es | pre | Haciendo notar la feliz conclusión de los XXIV Juegos Olímpicos de Invierno | noting
            ar | pre | وإذ تدين بشدة جميع أعمال العنف والهجمات والتهديدات | condemning
            ar | pre | وقد درست تقرير اللجنة الخاصة المعنية بحالة تنفيذ | having-considered
            en | op | Strongly condemns all acts, methods and practices of terrorism in all its forms and manifestations | condemns
            en | op | Calls once again upon all Member States to renew and fulfil their individual and collective commitments | calls-upon
            en | op | Takes into account the 2030 Agenda for Sustainable Development, including the Sustainable Development Goals | takes-into-account
            ar | op | تأخذ في الاعتبار خطة التنمية المستدامة لعام 2030 | takes-into-account
            fr | op | Prend acte des rapports du Secrétaire général, en particulier des annexes I et II | takes-note
            es | op | Hace un llamamiento a los Gobiernos, a los órganos competentes del sistema de las Naciones Unidas | calls-upon
            ar | op | تناشد الحكومات وهيئات منظومة الأمم المتحدة | calls-upon
            """)
    void sessionSeventyEightOpenings(String lang, String kind, String text, String concept) {
        PhraseBook.Match m = PHRASES.match(lang, "op".equals(kind), MatchFolding.fold(text));
        assertNotNull(m, text);
        assertEquals("https://w3id.org/dcgraph/id/verb/" + concept, m.phrase().iri());
    }

    /** "Once" is a modifier like "again": "Calls once again upon" opens with Calls upon, and the opening words say so. */
    @Test
    void onceAgainStandsInsideThePhrase() {
        String text = MatchFolding.fold("Calls once again upon all Member States to renew");
        PhraseBook.Match m = PHRASES.match("en", true, text);
        assertEquals("Calls once again upon", text.substring(0, m.end()));
    }
}
