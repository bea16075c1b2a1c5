package org.dcgraph.rdf;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.extract.ArticleExtractor;
import org.dcgraph.extract.ArticlePart;
import org.dcgraph.extract.ScholarlyArticle;
import org.dcgraph.extract.SolarHijriDate;

/**
 * Turns an extracted journal article into RDF: FaBiO for what it is, DCMI terms and PRISM for its
 * bibliographic description, CiTO for what it discusses. As for UN documents, the work graph holds what
 * is true whatever the language (type, authors' order, volume, issue, pages, dates, parts, what it
 * discusses) and the language graph its words: title, names, keywords, and each part's text with the
 * place it stands in the source file. Each date keeps its Solar Hijri form beside its Gregorian one.
 */
public final class ArticleGraphs {
    private final Iris iris;
    private final DocumentGraphs documents;

    public ArticleGraphs(Iris iris, DocumentGraphs documents) {
        this.iris = iris;
        this.documents = documents;
    }

    /** {@code {base}id/doc/x/{slug}}: the contract's IRI for a document without a UN symbol. */
    public String iriOf(ScholarlyArticle a) {
        return iris.provisionalDoc(ArticleExtractor.slug(a));
    }

    /** The named graphs of the article, by graph IRI: its work graph and its language graph. */
    public Map<String, Model> of(ScholarlyArticle a) {
        String iri = iriOf(a);
        String lang = a.language();
        Map<String, Model> graphs = new LinkedHashMap<>();
        Model work = graphs.computeIfAbsent(iris.workGraph(iri), k -> ModelFactory.createDefaultModel());
        Model words = graphs.computeIfAbsent(iris.expressionGraph(iri, lang), k -> ModelFactory.createDefaultModel());
        Resource article = work.createResource(iri);
        article.addProperty(RDF.type, FABIO.JournalArticle).addProperty(RDF.type, SCHEMA.ScholarlyArticle).addProperty(RDF.type, DCG.Document);
        article.addProperty(DCTerms.language, work.createTypedLiteral(lang, XSDDatatype.XSDlanguage));
        Resource inWords = words.createResource(iri);
        if (a.title() != null) inWords.addProperty(DCTerms.title, a.title(), lang).addProperty(RDFS.label, a.title(), lang);
        if (a.englishTitle() != null) inWords.addProperty(DCTerms.title, a.englishTitle(), "en");
        for (int i = 0; i < a.authors().size(); i++) {
            Resource author = work.createResource(iri + "/author/" + (i + 1)).addProperty(RDF.type, SCHEMA.Person);
            author.addLiteral(DCG.order, DocumentGraphs.integer(work, i + 1));
            article.addProperty(DCTerms.creator, author);
            words.createResource(author.getURI()).addProperty(SCHEMA.name, a.authors().get(i), lang);
        }
        if (a.journal() != null) inWords.addProperty(PRISM.publicationName, a.journal(), lang);
        if (a.volume() != null) article.addProperty(PRISM.volume, String.valueOf(a.volume()));
        if (a.issue() != null) article.addProperty(PRISM.number, String.valueOf(a.issue()));
        if (a.firstPage() != null && a.lastPage() != null) {
            article.addProperty(PRISM.startingPage, String.valueOf(a.firstPage())).addProperty(PRISM.endingPage, String.valueOf(a.lastPage()))
                    .addProperty(PRISM.pageRange, a.firstPage() + "-" + a.lastPage());
        }
        for (SolarHijriDate d : a.dates()) date(work, article, d);
        for (String keyword : a.keywords()) inWords.addProperty(PRISM.keyword, keyword, lang);
        for (ArticlePart p : a.parts()) part(work, words, article, p);
        Set<String> discussed = new LinkedHashSet<>(a.discusses());
        for (String symbol : a.discussedSymbols()) discussed.add(iris.doc(symbol));
        for (String d : discussed) article.addProperty(CITO.discusses, work.createResource(d));
        documents.provenance(work, iris.workGraph(iri), a.source());
        documents.provenance(words, iris.expressionGraph(iri, lang), a.source());
        return graphs;
    }

    /** The Gregorian date under the DCMI property of its role, and a node that keeps the date as printed. */
    private static void date(Model work, Resource article, SolarHijriDate d) {
        Literal gregorian = work.createTypedLiteral(d.gregorian().toString(), XSDDatatype.XSDdate);
        Property role = switch (d.role()) {
            case RECEIVED -> DCTerms.dateSubmitted;
            case REVISED -> DCTerms.modified;
            case ACCEPTED -> DCTerms.dateAccepted;
            case PUBLISHED -> DCTerms.issued;
        };
        article.addLiteral(role, gregorian);
        Resource printed = work.createResource(article.getURI() + "/date/" + d.role().name().toLowerCase(java.util.Locale.ROOT));
        printed.addProperty(RDF.type, DCG.CalendarDate).addProperty(DCG.dateRole, role)
                .addProperty(DCG.solarHijriDate, d.printed()).addLiteral(DCG.gregorianDate, gregorian);
        article.addProperty(DCG.printedDate, printed);
    }

    private void part(Model work, Model words, Resource article, ArticlePart p) {
        String iri = article.getURI() + "/" + p.key();
        Resource part = work.createResource(iri);
        part.addProperty(RDF.type, p.kind() == ArticlePart.Kind.ABSTRACT ? FABIO.Abstract : DCG.Section);
        part.addProperty(DCTerms.isPartOf, article);
        article.addProperty(DCTerms.hasPart, part);
        part.addLiteral(DCG.order, DocumentGraphs.integer(work, p.order()));
        part.addProperty(DCTerms.language, work.createTypedLiteral(p.language(), XSDDatatype.XSDlanguage));
        Resource inWords = words.createResource(iri);
        if (p.title() != null) inWords.addProperty(DCTerms.title, p.title(), p.language());
        inWords.addProperty(DCG.text, p.text(), p.language());
        if (p.span() != null) documents.sourceText(words, inWords, iri, words.createResource(article.getURI()), p.span(), p.language());
    }
}
