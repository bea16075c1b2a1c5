package org.dcgraph.reference;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.ClasspathResources;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dcgraph.Digests;

/**
 * The curated reference data under {@code ontology/}: the dcgraph ontology, the opening-phrase
 * vocabulary, UN bodies and groups, countries, the groups of States that sponsor drafts, SDGs and named instruments. The files are written
 * with the default base; a service running under another base gets every {@code id/} IRI rewritten.
 */
public final class ReferenceData {
    public static final String DEFAULT_BASE = "https://w3id.org/dcgraph/";
    public static final List<String> FILES =
            List.of("dcgraph.ttl", "verbs.ttl", "bodies.ttl", "countries.ttl", "sdgs.ttl", "instruments.ttl",
                    "recommendations.ttl", "topics.ttl", "unbis.ttl", "vocabulary-labels.ttl", "groups.ttl",
                    "compact-correspondences.ttl");

    private final Model model;
    private final String base;

    private ReferenceData(Model model, String base) {
        this.model = model;
        this.base = base;
    }

    /** Reads the reference files from the classpath folder {@code ontology/}. */
    public static ReferenceData load(String base) {
        Model model = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            String turtle = ClasspathResources.text("ontology/" + file);
            if (!DEFAULT_BASE.equals(base)) turtle = turtle.replace(DEFAULT_BASE + "id/", base + "id/");
            RDFParser.fromString(turtle, Lang.TURTLE).base(base).parse(model);
        }
        return new ReferenceData(model, base);
    }

    /**
     * SHA-256 of the reference files as written, so that a change to them makes a store out of date; read
     * without parsing them, since checking that a store is up to date should cost next to nothing.
     */
    public static String digestOfFiles() {
        StringBuilder all = new StringBuilder();
        for (String file : FILES) all.append(ClasspathResources.text("ontology/" + file));
        return Digests.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Model model() { return model; }

    public String base() { return base; }
}
