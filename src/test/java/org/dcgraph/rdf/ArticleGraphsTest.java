package org.dcgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.XSD;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ScholarlyArticle;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.validate.DocumentValidator;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graphs of the Persian journal article, as a build writes them. */
class ArticleGraphsTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static final String ARTICLE = ID + "doc/x/shkralhy-1403-hkmrany-jhany-hwsh";
    private static Model all;

    @BeforeAll
    static void build() {
        all = ModelFactory.createDefaultModel();
        new Pipeline(Fixtures.REFERENCE).run(List.of(Fixtures.file(Fixtures.ARTICLE_FA))).graphs().forEach((name, m) -> all.add(m));
    }

    private static Resource article() {
        return all.getResource(ARTICLE);
    }

    private static String literal(Resource r, Property p) {
        return r.getProperty(p).getLiteral().getLexicalForm();
    }

    @Test
    void articleIsAFabioJournalArticleUnderTheSlugIri() {
        assertTrue(all.contains(article(), org.apache.jena.vocabulary.RDF.type, FABIO.JournalArticle));
    }

    @Test
    void itDiscussesTheBodiesProcessesAndInstrumentsItNamesUnderTheIrisTheUnDocumentsUse() {
        Set<String> discussed = new TreeSet<>();
        article().listProperties(CITO.discusses).forEach(s -> discussed.add(s.getResource().getURI().substring(ID.length())));
        assertEquals(new TreeSet<>(List.of(
                "body/UN", "body/GA", "body/SG", "body/SecurityCouncil", "body/ECOSOC", "body/HRC", "body/OHCHR",
                "body/UNESCO", "body/ITU", "body/UNCTAD", "body/UNICEF", "body/WHO", "body/UNIDO",
                "body/WSIS", "body/HLP-DC", "body/HLAB-AI", "body/TechEnvoy", "body/GDC", "body/PactForFuture", "body/SummitOfFuture",
                "sdg", "doc/SHS/BIO/REC-AIETHICS/2021", "doc/A/75/982", "doc/A/RES/78/265", "doc/x/hlp-dc-2019-age-of-digital-interdependence",
                "doc/A/RES/70/1", "doc/A/74/274", "doc/A/76/266", "doc/A/HRC/48/13")), discussed);
    }

    @Test
    void datesAreGregorianXsdDatesUnderTheirDcmiRoles() {
        assertEquals("2024-09-16", literal(article(), DCTerms.dateSubmitted));
        assertEquals("2024-10-06", literal(article(), DCTerms.modified));
        assertEquals("2025-01-07", literal(article(), DCTerms.dateAccepted));
        assertEquals("2025-06-20", literal(article(), DCTerms.issued));
        assertEquals(XSD.date.getURI(), article().getProperty(DCTerms.issued).getLiteral().getDatatypeURI());
    }

    @Test
    void eachDateKeepsItsSolarHijriFormBesideItsGregorianOne() {
        Resource received = all.getResource(ARTICLE + "/date/received");
        assertEquals("26/6/1403", literal(received, DCG.solarHijriDate));
        assertEquals("2024-09-16", literal(received, DCG.gregorianDate));
        assertEquals(DCTerms.dateSubmitted, received.getPropertyResourceValue(DCG.dateRole));
    }

    @Test
    void bibliographicDescriptionUsesPrism() {
        assertEquals("14", literal(article(), PRISM.volume));
        assertEquals("1", literal(article(), PRISM.number));
        assertEquals("50-75", literal(article(), PRISM.pageRange));
        assertEquals("fa", article().getProperty(PRISM.publicationName).getLanguage());
    }

    @Test
    void authorsAreOrderedPersonsWithPersianNames() {
        Resource first = all.getResource(ARTICLE + "/author/1");
        assertTrue(all.contains(article(), DCTerms.creator, first));
        assertEquals("شیوا شکرالهی", literal(first, SCHEMA.name));
        assertEquals("fa", first.getProperty(SCHEMA.name).getLanguage());
    }

    @Test
    void articleGraphsWithoutAuthorsFailValidation() throws Exception {
        ScholarlyArticle a = new Pipeline(Fixtures.REFERENCE).extractArticle(SourceFile.of(Fixtures.ARTICLE_FA, Fixtures.bytes(Fixtures.ARTICLE_FA)));
        ScholarlyArticle anonymous = new ScholarlyArticle(a.source(), a.language(), List.of(), a.title(), a.englishTitle(), a.journal(),
                a.volume(), a.issue(), a.firstPage(), a.lastPage(), a.citationYear(), a.dates(), a.keywords(), a.parts(), a.discusses(),
                a.discussedSymbols());
        ScholarlyArticle named = new ScholarlyArticle(a.source(), a.language(), List.of("x y"), a.title(), a.englishTitle(), a.journal(),
                a.volume(), a.issue(), a.firstPage(), a.lastPage(), a.citationYear(), a.dates(), a.keywords(), a.parts(), a.discusses(),
                a.discussedSymbols());
        Iris iris = new Iris(ID.substring(0, ID.length() - "id/".length()));
        ArticleGraphs writer = new ArticleGraphs(iris, new DocumentGraphs(iris, java.time.Instant.EPOCH));
        DocumentValidator validator = new DocumentValidator(Fixtures.REFERENCE.model());
        assertTrue(validator.problems(writer.of(anonymous).values()).contains("An article has at least one author."));
        assertEquals(null, validator.problems(writer.of(named).values()));
    }

    @Test
    void abstractsCarryTheirLanguageTags() {
        RDFNode en = all.getResource(ARTICLE + "/abstract/en").getProperty(DCG.text).getObject();
        RDFNode fa = all.getResource(ARTICLE + "/abstract/fa").getProperty(DCG.text).getObject();
        assertEquals("en", en.asLiteral().getLanguage());
        assertEquals("fa", fa.asLiteral().getLanguage());
        assertTrue(all.contains(all.getResource(ARTICLE + "/abstract/en"), org.apache.jena.vocabulary.RDF.type, FABIO.Abstract));
    }
}
