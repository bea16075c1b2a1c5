package org.dcgraph.rdf;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.extract.akn.AknRecord;

/**
 * Writes what only the Akoma Ntoso markup of a resolution gives: its FRBR expression and manifestation
 * names, its UNBIS Thesaurus subjects, its draft with the sponsors and additional sponsors, the meeting
 * and the vote, its annexes and the eId of each paragraph. Language-independent facts go to the work
 * graph, where the six language versions of a resolution state them once.
 */
final class AknGraphs {
    static final String UNBIS_SCHEME = "http://metadata.un.org/thesaurus";
    private static final Map<String, Property[]> POSITIONS = Map.of(
            "inFavour", new Property[] {DCG.votesInFavour, DCG.votedInFavour},
            "against", new Property[] {DCG.votesAgainst, DCG.votedAgainst},
            "abstaining", new Property[] {DCG.abstentions, DCG.abstained});

    private AknGraphs() {}

    /** @param paragraphIris the IRI of each paragraph, in the order of {@code akn.paragraphIds()} */
    static void write(DocumentGraphs writer, Model work, Model expr, Resource doc, Resource expression, AknRecord akn,
                      List<String> paragraphIris, String lang) {
        if (akn.expressionName() != null) expression.addProperty(DCG.akomaNtosoExpressionName, akn.expressionName());
        if (akn.manifestationName() != null) expression.addProperty(DCG.akomaNtosoManifestationName, akn.manifestationName());
        if (akn.publicationDate() != null) {
            expression.addLiteral(DCTerms.issued, expr.createTypedLiteral(akn.publicationDate().toString(), XSDDatatype.XSDdate));
        }
        for (AknRecord.Keyword k : akn.keywords()) {
            Resource concept = work.createResource(k.iri());
            doc.addProperty(DCTerms.subject, concept);
            concept.addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, work.createResource(UNBIS_SCHEME));
            if (k.label() != null) concept.addProperty(SKOS.prefLabel, k.label(), "en");
        }
        if (akn.workflow() != null) workflow(writer, work, doc, akn.workflow());
        if (akn.vote() != null) vote(work, doc, akn.vote());
        for (int i = 0; i < paragraphIris.size(); i++) {
            String eId = akn.paragraphIds().get(i);
            if (eId != null) expr.createResource(paragraphIris.get(i)).addProperty(DCG.akomaNtosoId, eId);
        }
        for (AknRecord.Annex a : akn.annexes()) {
            String iri = writer.iris().annex(doc.getURI(), a.number());
            Resource annex = work.createResource(iri);
            annex.addProperty(RDF.type, DCG.Annex).addProperty(ELI.is_part_of, doc).addProperty(ELI.number, String.valueOf(a.number()));
            doc.addProperty(DCG.annex, annex);
            Resource words = expr.createResource(iri);
            words.addProperty(DCG.text, a.text(), lang);
            // the heading ("Annex I"); the annex's title is written with its parts (DocumentGraphs)
            if (a.title() != null) words.addProperty(RDFS.label, a.title(), lang);
            if (a.span() != null) writer.sourceText(expr, words, iri, expression, a.span(), lang);
        }
    }

    private static void workflow(DocumentGraphs writer, Model work, Resource doc, AknRecord.Workflow w) {
        if (w.meetingRecord() != null) doc.addProperty(DCG.meetingRecord, writer.stub(work, w.meetingRecord()));
        if (w.draftSymbol() == null) return;
        Resource draft = writer.stub(work, w.draftSymbol());
        draft.addProperty(DCG.draftOf, doc);
        if (w.draftDate() != null) draft.addLiteral(DCG.issuedOn, work.createTypedLiteral(w.draftDate().toString(), XSDDatatype.XSDdate));
        // the workflow's lists of names are in English whatever the language of the file
        DocumentGraphs.sponsorships(work, draft, w.sponsorships(), "en");
    }

    private static void vote(Model work, Resource doc, AknRecord.Vote v) {
        doc.addProperty(DCG.votingOutcome, v.outcome());
        v.counts().forEach((position, n) -> {
            Property[] p = POSITIONS.get(position);
            if (p != null) doc.addLiteral(p[0], work.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger));
        });
        v.voters().forEach((position, countries) -> {
            Property[] p = POSITIONS.get(position);
            if (p != null) countries.forEach(c -> doc.addProperty(p[1], work.createResource(c)));
        });
    }
}
