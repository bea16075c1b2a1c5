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
    private static final int MAX_NODES = 60;
    /** Structure and bookkeeping, not neighbours. */
    private static final Set<Property> NOT_NEIGHBOURS = Set.of(RDF.type, DCG.paragraph, ELI.has_part, ELI.is_part_of,
            DCG.sourceText, DCG.statedIn, DCG.verb, DCG.section, DCG.footnote, ELI.is_realized_by, ELI.realizes);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Site site;
    private final Resource centre;
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Set<List<String>> edges = new LinkedHashSet<>();

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
        if (!node(from) || !node(to))
            return;
        edges.add(List.of(from.getURI(), to.getURI(), Names.shown(p).getLexicalForm()));
    }

    private boolean node(Resource r) {
        if (nodes.containsKey(r.getURI()))
            return true;
        if (nodes.size() >= MAX_NODES)
            return false;
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", r.getURI());
        // A document is best known by its symbol; anything else by its name.
        Statement symbol = r.getProperty(DCG.symbol);
        node.put("label", symbol != null ? symbol.getString() : Names.shown(r).getLexicalForm());
        node.put("href", site.link(r.getURI()));
        node.put("centre", r.equals(centre));
        nodes.put(r.getURI(), node);
        return true;
    }

    boolean isEmpty() {
        return edges.isEmpty();
    }

    /** {@code {"nodes": [{id, label, href, centre}], "edges": [{source, target, label}]}}, for picture.js. */
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
