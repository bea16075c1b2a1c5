package org.dcgraph.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Paragraph;

/**
 * One opening-phrase concept for each paragraph of a work, from all its language versions. Each version keeps
 * its own phrase in its language graph ({@code dcg:openingPhrase}); the work's paragraph gets the phrase most
 * versions use ({@code dcg:verb}), a tie going to the version earliest in {@link #LANGUAGE_ORDER} (English first,
 * since the contract names a paragraph's verb by its English label). Where versions differ, the disagreement is
 * recorded with one claim per version rather than the work's paragraph collecting several verbs.
 * <p>
 * The work's paragraph also gets one place in print order ({@code dcg:order}), that of the earliest version in the
 * same order: a version whose markup lost paragraphs (the Spanish A/RES/79/1 lacks two of the Pact's) would
 * otherwise give every paragraph after the gap a second place.
 * <p>
 * Who is asked to do what, and by when, is read from one version too, the same earliest one: each version finds the
 * requests of its own sentences, and a translation can join two requests or name an object where another names the
 * actor, so a union would give the work's paragraph requests that no single text makes. The other versions keep
 * their words for the requests the chosen one reads.
 */
public final class WorkVerbs {
    /** No other version to agree with: each paragraph takes the phrase of the document being written. */
    public static final WorkVerbs NONE = new WorkVerbs(Map.of(), List.of(), Map.of());

    private static final List<String> LANGUAGE_ORDER = List.of("en", "fr", "es", "ru", "zh", "ar");

    /** What one language version's paragraph opens with. */
    public record Claim(ExtractedDocument version, String concept) {}

    /** A paragraph whose versions open with different phrases: the one chosen and what each version says. */
    public record Disagreement(String paragraph, String chosen, List<Claim> claims) {}

    private final Map<String, String> chosen;
    private final List<Disagreement> disagreements;
    /** Each work paragraph as the version earliest in {@link #LANGUAGE_ORDER} reads it: its place and its requests. */
    private final Map<String, Earliest> earliest;

    /** A work paragraph in the earliest version that has it. */
    private record Earliest(String language, Paragraph paragraph) {}

    private WorkVerbs(Map<String, String> chosen, List<Disagreement> disagreements, Map<String, Earliest> earliest) {
        this.chosen = chosen;
        this.disagreements = disagreements;
        this.earliest = earliest;
    }

    public static WorkVerbs of(DocumentGraphs writer, List<ExtractedDocument> documents) {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Map<String, Earliest> earliest = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            List<DocumentGraphs.PlacedParagraph> placed = writer.paragraphsOf(d);
            for (DocumentGraphs.PlacedParagraph p : placed) {
                Paragraph para = p.paragraph();
                Earliest before = earliest.get(p.iri());
                if (before == null || rank(d.language()) < rank(before.language())) earliest.put(p.iri(), new Earliest(d.language(), para));
                if (para.phrase() != null) claims.computeIfAbsent(p.iri(), k -> new ArrayList<>()).add(new Claim(d, para.phrase().iri()));
                // each request of a paragraph has a verb of its own, chosen across versions the same way
                for (int i = 0; i < para.mandates().size(); i++) {
                    String request = writer.mandateIri(p.iri(), i + 1);
                    claims.computeIfAbsent(request, k -> new ArrayList<>()).add(new Claim(d, para.mandates().get(i).verb().iri()));
                }
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        List<Disagreement> disagreements = new ArrayList<>();
        claims.forEach((paragraph, said) -> {
            String pick = choose(said);
            chosen.put(paragraph, pick);
            if (said.stream().map(Claim::concept).distinct().count() > 1) disagreements.add(new Disagreement(paragraph, pick, said));
        });
        return new WorkVerbs(chosen, disagreements, earliest);
    }

    private static String choose(List<Claim> said) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Integer> earliest = new LinkedHashMap<>();
        for (Claim c : said) {
            votes.merge(c.concept(), 1, Integer::sum);
            earliest.merge(c.concept(), rank(c.version().language()), Math::min);
        }
        return votes.keySet().stream()
                .max(Comparator.<String>comparingInt(votes::get).thenComparing(Comparator.<String>comparingInt(earliest::get).reversed()))
                .orElseThrow();
    }

    private static int rank(String language) {
        int i = LANGUAGE_ORDER.indexOf(language);
        return i < 0 ? LANGUAGE_ORDER.size() : i;
    }

    /** The concept the work's paragraph (or one of its requests) opens with, or null when no version chose one. */
    public String verbOf(String paragraphIri) {
        return chosen.get(paragraphIri);
    }

    /** The work paragraph's place in print order, or null when it was not among the versions compared. */
    public Integer orderOf(String paragraphIri) {
        Earliest e = earliest.get(paragraphIri);
        return e == null ? null : e.paragraph().order();
    }

    /** Whether the version in this language reads the work paragraph's requests, addressees and deadline. */
    public boolean readsRequests(String paragraphIri, String language) {
        Earliest e = earliest.get(paragraphIri);
        return e == null || e.language().equals(language);
    }

    /** Whether the version that reads the work paragraph's requests reads an n-th one (n from 1). */
    public boolean hasRequest(String paragraphIri, int n) {
        Earliest e = earliest.get(paragraphIri);
        return e == null || n <= e.paragraph().mandates().size();
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** The disagreements, for the links graph: each names the paragraph, the fact, and one claim per version. */
    public Model disagreementModel(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        for (Disagreement d : disagreements) {
            Resource node = m.createResource(d.paragraph() + "/disagreement/opening-phrase");
            node.addProperty(RDF.type, DCG.SourceDisagreement).addProperty(DCG.disagreementOf, m.createResource(d.paragraph()))
                    .addProperty(DCG.fact, "opening phrase", "en");
            for (Claim c : d.claims()) {
                String sha = c.version().source().sha256();
                Resource claim = m.createResource(node.getURI() + "/" + sha.substring(0, 16));
                node.addProperty(DCG.claim, claim);
                claim.addProperty(RDF.value, m.createResource(c.concept()))
                        .addProperty(DCTerms.language, c.version().language())
                        .addProperty(PROV.wasDerivedFrom, m.createResource(iris.source(sha)));
            }
        }
        return m;
    }
}
