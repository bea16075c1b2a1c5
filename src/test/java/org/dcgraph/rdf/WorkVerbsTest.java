package org.dcgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * One opening phrase per work paragraph when several language versions of a resolution are built together: A/RES/78/311
 * in English and French, whose fourth preambular paragraph opens "Recognizing" in English and "Considérant" in French;
 * and A/RES/79/1 in English and Spanish, whose Compact's paragraph 10 says "We acknowledge" in English and
 * "Reconocemos" (we recognize) in Spanish.
 */
class WorkVerbsTest {
    private static final String BASE = "https://w3id.org/dcgraph/";
    private static final String VERB = BASE + "id/verb/";

    private static Model union(List<NamedBytes> files) {
        BuildResult r = new Pipeline(Fixtures.REFERENCE).run(files);
        Model all = ModelFactory.createDefaultModel();
        r.graphs().forEach((name, m) -> {
            if (!name.endsWith("graph/reference")) all.add(m);
        });
        return all;
    }

    private static Model graph(List<NamedBytes> files, String name) {
        return new Pipeline(Fixtures.REFERENCE).run(files).graphs().get(BASE + "graph/" + name);
    }

    private static Set<String> objects(Model m, String subject, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(m.createResource(subject), p).toList().stream()
                .map(RDFNode::asResource).map(Resource::getURI).collect(Collectors.toSet());
    }

    @Test
    void everyWorkParagraphOfTwoVersionsCarriesOneVerb() {
        Model m = union(List.of(Fixtures.file(Fixtures.RES_78_311_EN), Fixtures.file(Fixtures.RES_78_311_FR)));
        m.listSubjectsWithProperty(DCG.verb).forEachRemaining(p -> assertEquals(1, m.listObjectsOfProperty(p, DCG.verb).toList().size(), p.getURI()));
        String pp4 = BASE + "id/doc/A/RES/78/311/pp/4";
        assertEquals(Set.of(VERB + "recognizing"), objects(m, pp4, DCG.verb));
    }

    @Test
    void eachVersionKeepsItsOwnPhraseInItsLanguageGraph() {
        List<NamedBytes> files = List.of(Fixtures.file(Fixtures.RES_78_311_EN), Fixtures.file(Fixtures.RES_78_311_FR));
        String pp4 = BASE + "id/doc/A/RES/78/311/pp/4";
        assertEquals(Set.of(VERB + "recognizing"), objects(graph(files, "A/RES/78/311/en"), pp4, DCG.openingPhrase));
        assertEquals(Set.of(VERB + "considering"), objects(graph(files, "A/RES/78/311/fr"), pp4, DCG.openingPhrase));
    }

    @Test
    void aDisagreementBetweenVersionsIsRecordedWithOneClaimPerVersion() {
        Model m = union(List.of(Fixtures.file(Fixtures.RES_78_311_EN), Fixtures.file(Fixtures.RES_78_311_FR)));
        Resource node = m.createResource(BASE + "id/doc/A/RES/78/311/pp/4/disagreement/opening-phrase");
        assertTrue(m.contains(node, RDF.type, DCG.SourceDisagreement));
        Map<String, String> claims = m.listObjectsOfProperty(node, DCG.claim).toList().stream().map(RDFNode::asResource)
                .collect(Collectors.toMap(c -> c.getProperty(DCTerms.language).getString(), c -> c.getPropertyResourceValue(RDF.value).getURI()));
        assertEquals(Map.of("en", VERB + "recognizing", "fr", VERB + "considering"), claims);
    }

    @Test
    void theCompactsParagraphTakesTheEnglishPhraseWhereTwoVersionsDiffer() {
        Model m = union(List.of(Fixtures.file("annex/res-79-1-en.txt"), Fixtures.file("annex/res-79-1-es.txt")));
        String para10 = BASE + "id/doc/A/RES/79/1/annex/1/para/10";
        assertEquals(Set.of(VERB + "we-acknowledge"), objects(m, para10, DCG.verb));
        assertTrue(m.contains(m.createResource(para10 + "/disagreement/opening-phrase"), RDF.type, DCG.SourceDisagreement));
        String para9 = BASE + "id/doc/A/RES/79/1/annex/1/para/9";
        assertEquals(Set.of(VERB + "we-commit"), objects(m, para9, DCG.verb));
        assertTrue(!m.containsResource(m.createResource(para9 + "/disagreement/opening-phrase")));
    }

    @Test
    void annexesParagraphsAndSubPointsHaveTheContractsIris() {
        Model m = union(List.of(Fixtures.file("annex/res-79-1-en.txt")));
        String doc = BASE + "id/doc/A/RES/79/1";
        Resource annex = m.createResource(doc + "/annex/1");
        assertTrue(m.contains(annex, RDF.type, DCG.Annex));
        assertTrue(m.contains(annex, ELI.is_part_of, m.createResource(doc)));
        assertTrue(m.contains(m.createResource(doc + "/annex/2"), RDF.type, DCG.Annex));
        Resource para12 = m.createResource(doc + "/annex/1/para/12");
        assertTrue(m.contains(para12, RDF.type, DCG.NumberedParagraph));
        assertTrue(m.contains(para12, ELI.is_part_of, annex));
        Resource point = m.createResource(doc + "/annex/1/para/11/a");
        assertTrue(m.contains(point, RDF.type, DCG.SubPoint));
        assertTrue(m.contains(point, ELI.is_part_of, m.createResource(doc + "/annex/1/para/11")));
        assertEquals(1, point.getProperty(DCG.position).getInt());
        assertTrue(point.getProperty(DCG.text).getString().startsWith("Develop and strengthen targets"));
        assertTrue(m.contains(m.createResource(doc + "/annex/1/fn/17"), RDF.type, DCG.Footnote));
        assertTrue(m.contains(para12, DCG.section, m.createResource(doc + "/annex/1/sec/h6")));
        assertTrue(m.contains(m.createResource(doc + "/op/1"), RDF.type, DCG.OperativeParagraph));
        assertTrue(m.contains(m.createResource(doc + "/para/1"), RDF.type, DCG.NumberedParagraph));
    }
}
