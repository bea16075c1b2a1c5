package org.dcgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parts of documents in Arabic, English, French and Persian get their topics from their own words. */
class TopicTaggingTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static final String ARTICLE = ID + "doc/x/shkralhy-1403-hkmrany-jhany-hwsh";
    private static Map<String, Model> graphs;

    @BeforeAll
    static void build() {
        graphs = new Pipeline(Fixtures.REFERENCE).run(List.of(Fixtures.file(Fixtures.RES_78_311_AR), Fixtures.file(Fixtures.RES_78_311_EN),
                Fixtures.file(Fixtures.RES_78_311_FR), Fixtures.file(Fixtures.ARTICLE_FA))).graphs();
    }

    private static Model graph(String name) {
        return graphs.get("https://w3id.org/dcgraph/graph/" + name);
    }

    private static Set<String> topics(Model work, String part) {
        Set<String> keys = new TreeSet<>();
        work.listObjectsOfProperty(work.getResource(ID + part), DCTerms.subject).forEach(o -> keys.add(o.asResource().getURI().substring((ID + "topic/").length())));
        return keys;
    }

    private static Set<Literal> matchedTerms(Model words, String annotation) {
        Set<Literal> terms = new java.util.HashSet<>();
        words.listObjectsOfProperty(words.getResource(ID + annotation), DCG.matchedTerm).forEach(o -> terms.add(o.asLiteral()));
        return terms;
    }

    private static Literal term(String text, String lang) {
        return org.apache.jena.rdf.model.ResourceFactory.createLangLiteral(text, lang);
    }

    @Test
    void arabicParagraphNamingTheAdvisoryBodyOnAiAndTheCompactHasThreeTopicsInTheWorkGraph() {
        assertEquals(Set.of("artificial-intelligence", "capacity-building", "digital-cooperation-architecture"),
                topics(graph("A/RES/78/311"), "doc/A/RES/78/311/op/14"));
    }

    @Test
    void arabicTermIsRecognisedBehindItsCliticAndRecordedInItsBaseForm() {
        assertEquals(Set.of(term("الذكاء الاصطناعي", "ar")),
                matchedTerms(graph("A/RES/78/311/ar"), "doc/A/RES/78/311/op/14/topic/artificial-intelligence/ar"));
    }

    @Test
    void topicTagIsAClassifyingAnnotationOfThePartWithTheTopicAsBody() {
        Model words = graph("A/RES/78/311/ar");
        Resource tag = words.getResource(ID + "doc/A/RES/78/311/op/14/topic/artificial-intelligence/ar");
        assertEquals(OA.classifying, tag.getPropertyResourceValue(OA.motivatedBy));
        assertEquals(ID + "doc/A/RES/78/311/op/14", tag.getPropertyResourceValue(OA.hasTarget).getURI());
        assertEquals(ID + "topic/artificial-intelligence", tag.getPropertyResourceValue(OA.hasBody).getURI());
    }

    @Test
    void paragraphWithoutAnyTermHasNoTopic() {
        assertEquals(Set.of(), topics(graph("A/RES/78/311"), "doc/A/RES/78/311/op/12"));
    }

    @Test
    void englishFirstOperativeParagraphIsAboutAiTheDigitalDividesAndCapacityBuilding() {
        assertEquals(Set.of(term("artificial intelligence", "en")),
                matchedTerms(graph("A/RES/78/311/en"), "doc/A/RES/78/311/op/1/topic/artificial-intelligence/en"));
        assertEquals(Set.of(term("digital divides", "en")),
                matchedTerms(graph("A/RES/78/311/en"), "doc/A/RES/78/311/op/1/topic/digital-inclusion/en"));
        assertEquals(Set.of(term("capacity-building", "en")),
                matchedTerms(graph("A/RES/78/311/en"), "doc/A/RES/78/311/op/1/topic/capacity-building/en"));
    }

    @Test
    void frenchTermIsFoundAfterAnElidedArticle() {
        assertEquals(Set.of(term("intelligence artificielle", "fr")),
                matchedTerms(graph("A/RES/78/311/fr"), "doc/A/RES/78/311/op/1/topic/artificial-intelligence/fr"));
    }

    @Test
    void persianAbstractIsTaggedWithThePersianTerm() {
        assertTrue(topics(graph("x/shkralhy-1403-hkmrany-jhany-hwsh"), "doc/x/shkralhy-1403-hkmrany-jhany-hwsh/abstract/fa").contains("artificial-intelligence"));
        assertEquals(Set.of(term("هوش مصنوعی", "fa")),
                matchedTerms(graph("x/shkralhy-1403-hkmrany-jhany-hwsh/fa"), "doc/x/shkralhy-1403-hkmrany-jhany-hwsh/abstract/fa/topic/artificial-intelligence/fa"));
    }

    @Test
    void englishAbstractOfAPersianArticleIsTaggedInEnglishWithItsTopicInTheWorkGraph() {
        Model work = graph("x/shkralhy-1403-hkmrany-jhany-hwsh");
        assertTrue(topics(work, "doc/x/shkralhy-1403-hkmrany-jhany-hwsh/abstract/en").contains("artificial-intelligence"));
        RDFNode tag = graph("x/shkralhy-1403-hkmrany-jhany-hwsh/fa").getResource(ARTICLE + "/abstract/en/topic/artificial-intelligence/en")
                .getProperty(DCG.matchedTerm).getObject();
        assertEquals("en", tag.asLiteral().getLanguage());
    }
}
