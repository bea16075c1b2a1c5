package org.dcgraph.serve.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;

/**
 * The picture of a resource's neighbourhood: the resources of this graph it links to and that link to it, from
 * its description. Links from and to its parts count as its own (a resolution cites what its paragraphs cite), and
 * a paragraph elsewhere stands for its document while a section stays itself, so a document's picture is its
 * citation neighbourhood and a recommendation's is the road-map sections and documents that follow it up.
 */
final class Neighbourhood {
    /** More than this and the picture is a knot nobody reads; the rest are counted, not drawn. */
    private static final int MAX_NODES = 30;
    /** The kinds of resource, by the segment their IRI has after {@code id/}, and the colour each is drawn in. */
    private static final Map<String, String[]> KINDS = Map.of(
            "doc", new String[] {"document", "#0b62a4"}, "body", new String[] {"body", "#2e7d32"},
            "topic", new String[] {"topic", "#8e44ad"}, "recommendation", new String[] {"recommendation", "#d35400"},
            "instrument", new String[] {"instrument", "#c0392b"}, "person", new String[] {"person", "#16a085"},
            "group", new String[] {"group", "#7f8c8d"}, "country", new String[] {"country", "#b7950b"},
            "sdg", new String[] {"goal", "#27ae60"});
    private static final String[] OTHER = {"other", "#7a8ea3"};
    /** Parts of a resource worth a node of their own, by the segment before their number or name. */
    private static final Map<String, String[]> PART_KINDS = Map.of(
            "author", new String[] {"person", "#16a085"}, "sec", new String[] {"section", "#5d6d7e"},
            "annex", new String[] {"annex", "#1f618d"}, "objective", new String[] {"objective", "#c0392b"});
    /** Structure and bookkeeping, not neighbours. */
    private static final Set<Property> NOT_NEIGHBOURS = Set.of(RDF.type, DCG.paragraph, ELI.has_part, ELI.is_part_of,
            DCG.sourceText, DCG.noteCall, DCG.statedIn, DCG.verb, DCG.section, DCG.footnote, ELI.is_realized_by, ELI.realizes);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Site site;
    private final Resource centre;
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Set<List<String>> edges = new LinkedHashSet<>();
    private final Set<String> notDrawn = new LinkedHashSet<>();

    private Neighbourhood(Site site, Resource centre) {
        this.site = site;
        this.centre = centre;
    }

    static Neighbourhood of(Site site, Resource centre) {
        Neighbourhood n = new Neighbourhood(site, centre);
        List<Resource> selfAndParts = new ArrayList<>(List.of(centre));
        selfAndParts.addAll(centre.getModel().listSubjectsWithProperty(ELI.is_part_of, centre).toList());
        for (Resource r : selfAndParts) {
            for (Statement s : r.listProperties().toList())
                if (s.getObject().isURIResource())
                    n.add(centre, s.getPredicate(), n.standIn(s.getResource()));
            for (Statement s : centre.getModel().listStatements(null, null, r).toList())
                n.add(n.standIn(s.getSubject()), s.getPredicate(), centre);
        }
        return n;
    }

    /** A part of another resource is drawn as that resource, unless it is a section, which is worth a node. */
    private Resource standIn(Resource r) {
        if (r.hasProperty(RDF.type, DCG.Section))
            return r;
        Statement whole = r.getProperty(ELI.is_part_of);
        return whole != null && whole.getObject().isURIResource() ? whole.getResource() : r;
    }

    private void add(Resource from, Property p, Resource to) {
        if (NOT_NEIGHBOURS.contains(p) || from.equals(to) || from.isAnon() || to.isAnon())
            return;
        if (!site.isOurs(from.getURI()) || !site.isOurs(to.getURI()))
            return;
        // the centre's own bookkeeping (an article's dates, its abstract) is no neighbour; its authors and sections are
        if (isOwnBookkeeping(from) || isOwnBookkeeping(to))
            return;
        boolean drawn = node(from);
        drawn = node(to) && drawn;
        if (!drawn)
            return;
        edges.add(List.of(from.getURI(), to.getURI(), Names.shown(p).getLexicalForm()));
    }

    private boolean node(Resource r) {
        if (nodes.containsKey(r.getURI()))
            return true;
        if (nodes.size() >= MAX_NODES) {
            notDrawn.add(r.getURI());
            return false;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", r.getURI());
        // A document is best known by its symbol; anything else by its name.
        Statement symbol = r.getProperty(DCG.symbol);
        node.put("label", symbol != null ? symbol.getString() : Names.shown(r).getLexicalForm());
        node.put("href", site.link(r.getURI()));
        node.put("centre", r.equals(centre));
        String[] kind = kindOf(r.getURI());
        node.put("kind", kind[0]);
        node.put("colour", kind[1]);
        nodes.put(r.getURI(), node);
        return true;
    }

    private boolean isOwnBookkeeping(Resource r) {
        return r.getURI().startsWith(centre.getURI() + "/") && partKind(r.getURI()) == null;
    }

    /** The kind of a part named under its whole ("{article}/author/1", "{doc}/sec/III.A"), or null. */
    private String[] partKind(String iri) {
        String[] segments = iri.split("/");
        for (int i = segments.length - 2; i >= 0; i--)
            if (PART_KINDS.containsKey(segments[i]))
                return PART_KINDS.get(segments[i]);
        return null;
    }

    private String[] kindOf(String iri) {
        String[] part = partKind(iri);
        if (part != null)
            return part;
        String[] segments = site.link(iri).split("/");
        // "/id/doc/A/RES/78/132": the kind is the segment after "id"
        for (int i = 0; i + 1 < segments.length; i++)
            if (segments[i].equals("id") || segments[i].equals("page"))
                return KINDS.getOrDefault(segments[i + 1], OTHER);
        return OTHER;
    }

    /** The kinds drawn, each with its colour and how many nodes are of it, in the order they were first drawn. */
    Map<String, Map.Entry<String, Integer>> legend() {
        Map<String, Map.Entry<String, Integer>> legend = new LinkedHashMap<>();
        for (Map<String, Object> n : nodes.values())
            legend.merge((String) n.get("kind"), Map.entry((String) n.get("colour"), 1),
                    (a, b) -> Map.entry(a.getKey(), a.getValue() + 1));
        return legend;
    }

    /** How many neighbours were left out of the picture. */
    int notDrawn() {
        return notDrawn.size();
    }

    boolean isEmpty() {
        return edges.isEmpty();
    }

    /** {@code {"nodes": [{id, label, href, centre, kind, colour}], "edges": [{source, target, label}]}}, for picture.js. */
    String toJson() {
        List<Map<String, String>> edgeList = edges.stream()
                .map(e -> Map.of("source", e.get(0), "target", e.get(1), "label", e.get(2))).toList();
        try {
            return JSON.writeValueAsString(Map.of("nodes", new ArrayList<>(nodes.values()), "edges", edgeList));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
