package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A/RES/75/286 (Appointment of the Secretary-General of the United Nations) in French, as the text of its PDF reads:
 * four preambular paragraphs, then its one operative paragraph, printed without a number. It opens with "Nomme",
 * the appointing verb; the paragraph that ends the body with a full stop after a preamble's commas is the operative
 * one whatever its verb.
 */
class AppointmentResolutionExtractionTest {
    private static final String TEXT = """
            Nations Unies A/RES/75/286

            Assemblée générale Distr. générale
            24 juin 2021

            Soixante-quinzième session
            Point 184 de l’ordre du jour
            Nomination du Secrétaire général ou de la Secrétaire générale de
            l’Organisation des Nations Unies

            Résolution adoptée par l’Assemblée générale le 18 juin 2021

            [sans renvoi à une grande commission (A/75/L.100)]

            75/286. Nomination du Secrétaire général de l’Organisation des Nations Unies

            L’Assemblée générale,

            Rappelant le Chapitre XV de la Charte des Nations Unies et réaffirmant le rôle que lui confère l’Article 97,

            Accueillant favorablement la procédure de sélection et de nomination du Secrétaire général, qui repose sur les
            principes de transparence et d’ouverture énoncés dans sa résolution 69/321 du 11 septembre 2015 et ses résolutions
            ultérieures sur la question, notamment l’organisation d’échanges informels avec toutes les personnes candidates au
            poste de secrétaire général, et le fait qu’elle a abouti en temps voulu,

            Ayant examiné la recommandation figurant dans la résolution 2580 (2021) du Conseil de sécurité, en date du 8 juin
            2021,

            Exprimant sa gratitude à M. António Guterres pour l’efficacité et le dévouement dont il a fait preuve au service de
            l’Organisation des Nations Unies durant son premier mandat,

            Nomme M. António Guterres Secrétaire général de l’Organisation des Nations Unies pour un mandat allant du
            1er janvier 2022 au 31 décembre 2026.

            82e séance plénière
            18 juin 2021
            """;

    @Test
    void theLoneUnnumberedParagraphAppoints() throws ExtractionException {
        ExtractedDocument doc = Fixtures.extract(SourceFile.of("A_RES_75_286.fr.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("A/RES/75/286", doc.symbol());
        assertEquals(4, doc.preambularCount());
        List<Paragraph> operative = doc.paragraphs().stream().filter(Paragraph::operative).toList();
        assertEquals(1, operative.size());
        assertEquals(1, operative.get(0).number());
        assertEquals("https://w3id.org/dcgraph/id/verb/appoints", operative.get(0).phrase().iri());
        assertEquals(82, doc.plenaryMeeting());
        assertEquals(List.of("S/RES/2580(2021)", "A/RES/69/321"),
                doc.paragraphs().stream().flatMap(p -> p.citations().stream()).map(Citation::symbol).sorted((a, b) -> b.compareTo(a)).toList());
    }
}
