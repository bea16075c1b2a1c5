package org.dcgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;

/**
 * Gives the parts of documents their topics from their words, whatever extractor wrote them: every
 * language-tagged text of a part ({@code dcg:text} of a paragraph, footnote or article part; the
 * {@code eli:title} of a section) is searched for the matching terms of {@code ontology/topics.ttl}
 * in its own language. A part that contains a term gets {@code dct:subject} the topic in its work
 * graph, since that holds in every language; the rule that matched is a Web Annotation in the
 * language graph, {@code {part}/topic/{key}/{lang}}, motivated by {@code oa:classifying}, whose
 * {@code dcg:matchedTerm} values are the vocabulary terms found, with the language they belong to.
 */
public final class TopicTagger {
    private final Lexicons lexicons;
    private final Model reference;

    public TopicTagger(Lexicons lexicons, Model reference) {
        this.lexicons = lexicons;
        this.reference = reference;
    }

    /** Tags the parts in every graph, by graph IRI; a language graph's work graph is the graph one level up, when there is one. */
    public void tag(Map<String, Model> graphs) {
        for (Map.Entry<String, Model> graph : new ArrayList<>(graphs.entrySet())) {
            Model words = graph.getValue();
            for (Statement s : taggedTexts(words)) {
                Literal text = s.getLiteral();
                String lang = text.getLanguage();
                Model work = graphs.getOrDefault(Iris.parentGraph(graph.getKey()), words);
                if (s.getPredicate().equals(ELI.title) && !work.contains(s.getSubject(), RDF.type, DCG.Section)) continue;
                topics(text.getLexicalForm(), lang).forEach((topic, terms) -> annotate(work, words, s.getSubject(), topic, terms, lang));
            }
        }
    }

    /** The topics the text is about, each with the vocabulary terms that say so, in order of first appearance. */
    public Map<String, Set<String>> topics(String text, String lang) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (NameFinder.Hit hit : lexicons.finder(Lexicons.Kind.TOPIC, lang).find(MatchFolding.fold(text))) {
            found.computeIfAbsent(hit.iri(), k -> new LinkedHashSet<>()).add(hit.label());
        }
        return found;
    }

    private static List<Statement> taggedTexts(Model words) {
        List<Statement> texts = new ArrayList<>();
        for (var p : List.of(DCG.text, ELI.title)) {
            for (Statement s : words.listStatements(null, p, (Resource) null).toList()) {
                if (s.getObject().isLiteral() && !s.getLanguage().isEmpty() && s.getSubject().isURIResource()) texts.add(s);
            }
        }
        return texts;
    }

    private void annotate(Model work, Model words, Resource part, String topicIri, Set<String> terms, String lang) {
        Resource topic = work.createResource(topicIri);
        work.add(part, DCTerms.subject, topic);
        String key = topicIri.substring(topicIri.lastIndexOf('/') + 1);
        Resource tag = words.createResource(part.getURI() + "/topic/" + key + "/" + lang);
        tag.addProperty(RDF.type, OA.Annotation).addProperty(OA.motivatedBy, OA.classifying)
                .addProperty(OA.hasTarget, part).addProperty(OA.hasBody, words.createResource(topicIri));
        for (String term : terms) tag.addProperty(DCG.matchedTerm, term, languageOf(topicIri, term, lang));
    }

    /** The language the vocabulary gives a term: the text's own if it has the term in it, else (an acronym) the one it has. */
    private String languageOf(String topicIri, String term, String textLanguage) {
        String found = textLanguage;
        for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement s : reference.getResource(topicIri).listProperties(p).toList()) {
                if (!s.getString().equals(term)) continue;
                if (textLanguage.equals(s.getLanguage())) return textLanguage;
                found = s.getLanguage();
            }
        }
        return found;
    }
}
