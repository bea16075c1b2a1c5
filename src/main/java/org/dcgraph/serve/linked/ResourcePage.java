package org.dcgraph.serve.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.OA;
import org.dcgraph.rdf.PROV;

/**
 * The HTML page of one resource, from its description alone: name and type, its names in each language, a picture
 * of its neighbourhood, its statements, its parts in print order, what links to it, where the data came from, and
 * the same data in each RDF syntax. Nothing on it depends on the kind of resource.
 */
final class ResourcePage {
    /**
     * Statements shown in a section of their own rather than in the table; and where words call their notes, which
     * the document's text shows in place and the data formats give whole.
     */
    private static final Set<Property> SHOWN_ELSEWHERE = Set.of(RDF.type, DCG.paragraph, ELI.has_part, DCG.sourceText,
            DCG.noteCall, DCG.statedIn, SKOS.prefLabel, SKOS.altLabel, RDFS.label, ELI.title);

    private final Site site;
    private final Model model;
    private final Resource resource;
    /** The document's text, or null for a resource without one. */
    private final DocumentText text;
    private final DocumentTables tables;

    /**
     * @param version the language version to show first ({@code ?lang=}), or null
     * @param beside  the version to show beside it ({@code ?second=}), or null
     * @param tables  the requests and sponsors a document's page lists below its text
     */
    ResourcePage(Site site, Model model, Resource resource, String version, String beside, DocumentTables tables) {
        this.site = site;
        this.model = model;
        this.resource = resource;
        this.tables = tables;
        this.text = DocumentText.applies(model, resource)
                ? new DocumentText(site, model, resource, this::termLink, this::value, version, beside) : null;
    }

    /** The text of one language version alone, or null when the resource has no text in that language. */
    String version(String lang) {
        return text != null && text.offers(lang) ? text.renderVersion(lang) : null;
    }

    String render() {
        Literal name = Names.shown(resource);
        StringBuilder html = new StringBuilder(Html.head(name.getLexicalForm(), alternates() + SchemaOrg.script(resource)));
        html.append("<h1").append(Html.languageAttributes(name.getLanguage())).append('>')
            .append(Html.escape(name.getLexicalForm())).append("</h1>\n");
        html.append("<p class=\"iri\"><code>").append(Html.escape(resource.getURI())).append("</code></p>\n");
        html.append("<p class=\"types\">").append(types()).append("</p>\n");
        names(html);
        boolean readable = text != null;
        if (readable)
            html.append(text.render());
        Statement symbol = resource.getProperty(DCG.symbol);
        if (readable && symbol != null)
            html.append(tables.render(symbol.getString()));
        picture(html);
        statements(html);
        parts(html, readable);
        linkedFrom(html);
        provenance(html);
        html.append("<footer class=\"formats\">This data as ").append(formatLinks()).append("</footer>\n");
        html.append("</main>\n<script src=\"/static/vendor/cytoscape.min.js\"></script>\n"
                    + "<script src=\"/static/picture.js\"></script>\n")
            .append(readable ? "<script src=\"/static/document.js\"></script>\n" : "").append("</body>\n</html>\n");
        return html.toString();
    }

    private String alternates() {
        StringBuilder links = new StringBuilder();
        for (Representation r : Representation.rdf())
            links.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                 .append(Html.escape(site.data(resource.getURI(), r))).append("\">\n");
        return links.toString();
    }

    private String formatLinks() {
        List<String> links = new ArrayList<>();
        Map<Representation, String> titles = Map.of(Representation.TURTLE, "Turtle", Representation.JSONLD, "JSON-LD",
                Representation.RDFXML, "RDF/XML", Representation.NTRIPLES, "N-Triples");
        for (Representation r : Representation.rdf())
            links.add("<a href=\"" + Html.escape(site.data(resource.getURI(), r)) + "\" type=\"" + r.mediaType() + "\">"
                      + titles.get(r) + "</a>");
        return String.join(" · ", links);
    }

    private String types() {
        return resource.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                       .map(this::termLink).sorted().collect(Collectors.joining(" · "));
    }

    private void names(StringBuilder html) {
        List<Literal> names = Names.all(resource);
        if (names.size() < 2)
            return;
        html.append("<section id=\"names\"><h2>Names</h2>\n<ul>\n");
        for (Literal n : names)
            html.append("<li>").append(Html.inLanguage("span", n.getLexicalForm(), n.getLanguage()))
                .append(" <span class=\"tag\">").append(Html.escape(n.getLanguage())).append("</span></li>\n");
        html.append("</ul></section>\n");
    }

    private void picture(StringBuilder html) {
        Neighbourhood neighbourhood = Neighbourhood.of(site, resource);
        if (neighbourhood.isEmpty())
            return;
        html.append("<section id=\"picture\"><h2>Neighbourhood</h2>\n<div id=\"graph\" class=\"graph\"></div>\n")
            .append("<script id=\"graph-data\" type=\"application/json\">").append(Html.scriptJson(neighbourhood.toJson()))
            .append("</script>\n<ul class=\"legend\">");
        neighbourhood.legend().forEach((kind, colourAndCount) -> html.append("<li><span class=\"swatch\" style=\"background:")
                .append(colourAndCount.getKey()).append("\"></span> ").append(Html.escape(kind)).append(" (")
                .append(colourAndCount.getValue()).append(")</li>"));
        if (neighbourhood.notDrawn() > 0)
            html.append("<li class=\"more\">and ").append(neighbourhood.notDrawn()).append(" more not drawn</li>");
        html.append("</ul></section>\n");
    }

    private void statements(StringBuilder html) {
        Map<Property, List<RDFNode>> byPredicate = new LinkedHashMap<>();
        resource.listProperties().toList().stream()
                .filter(s -> !SHOWN_ELSEWHERE.contains(s.getPredicate()))
                // an annex's words as a whole, which its text above gives paragraph by paragraph
                .filter(s -> text == null || !s.getPredicate().equals(DCG.text))
                .sorted(Comparator.comparing(s -> s.getPredicate().getURI()))
                .forEach(s -> byPredicate.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject()));
        if (byPredicate.isEmpty())
            return;
        html.append("<section id=\"statements\"><h2>Statements</h2>\n<table>\n");
        byPredicate.forEach((p, values) -> html.append("<tr><th>").append(termLink(p)).append("</th><td>")
                .append(values.stream().map(this::value).collect(Collectors.joining("<br>"))).append("</td></tr>\n"));
        html.append("</table></section>\n");
    }

    /** The parts as data, with where their words stand in the source; folded away below a document's own text. */
    private void parts(StringBuilder html, boolean folded) {
        List<Resource> parts = model.listSubjectsWithProperty(ELI.is_part_of, resource).toList();
        List<Resource> sections = parts.stream().filter(p -> !p.hasProperty(DCG.text)).sorted(Comparator.comparing(Resource::getURI)).toList();
        List<Resource> paragraphs = parts.stream().filter(p -> p.hasProperty(DCG.text)).sorted(PRINT_ORDER).toList();
        if (!sections.isEmpty()) {
            html.append("<section id=\"sections\"><h2>Sections</h2>\n<ul>\n");
            for (Resource s : sections)
                html.append("<li>").append(link(s)).append("</li>\n");
            html.append("</ul></section>\n");
        }
        if (paragraphs.isEmpty())
            return;
        html.append("<section id=\"paragraphs\">").append(folded ? "<details><summary>" : "<h2>").append("Paragraphs")
            .append(folded ? " as data: each one's kind, opening phrase and the place of the version shown in its source</summary>" : "</h2>")
            .append("\n<ol class=\"paragraphs\">\n");
        for (Resource p : paragraphs)
            paragraph(html, p);
        html.append("</ol>").append(folded ? "</details>" : "").append("</section>\n");
    }

    static final Comparator<Resource> PRINT_ORDER = Comparator
            .comparing((Resource p) -> integer(p, DCG.order, Integer.MAX_VALUE))
            .thenComparing(p -> integer(p, DCG.position, Integer.MAX_VALUE))
            .thenComparing(p -> integer(p, DCG.number, Integer.MAX_VALUE))
            .thenComparing(Resource::getURI);

    private void paragraph(StringBuilder html, Resource p) {
        html.append("<li class=\"paragraph\" data-iri=\"").append(Html.escape(p.getURI())).append("\">\n<p class=\"head\">");
        html.append("<a class=\"number\" href=\"").append(Html.escape(site.link(p.getURI()))).append("\">")
            .append(Html.escape(number(p))).append("</a> ");
        p.listProperties(RDF.type).forEachRemaining(t -> {
            if (t.getObject().isURIResource() && t.getObject().asResource().getURI().startsWith(DCG.NS))
                html.append("<span class=\"kind\">").append(Html.escape(Names.shown(t.getObject()).getLexicalForm())).append("</span> ");
        });
        Statement verb = p.getProperty(DCG.verb);
        if (verb != null)
            html.append("<span class=\"verb\">").append(link(verb.getObject())).append("</span>");
        html.append("</p>\n");
        // below a document's text, its words are not repeated, and where they stand is given for the versions shown
        if (text == null)
            for (Statement words : p.listProperties(DCG.text).toList())
                html.append(Html.inLanguage("p", words.getLiteral().getLexicalForm(), words.getLanguage())).append('\n');
        for (Statement target : p.listProperties(DCG.sourceText).toList())
            if (text == null || text.holds(target.getResource().getURI().substring(target.getResource().getURI().lastIndexOf('/') + 1)))
                html.append(sourceLocation(target.getResource()));
        html.append("</li>\n");
    }

    private static String number(Resource p) {
        for (Property numbering : List.of(DCG.number, ELI.number, DCG.position)) {
            Statement s = p.getProperty(numbering);
            if (s != null)
                return s.getLiteral().getLexicalForm();
        }
        return "·";
    }

    private String sourceLocation(Resource target) {
        Statement source = target.getProperty(OA.hasSource);
        Statement selector = target.getProperty(OA.hasSelector);
        if (source == null || selector == null)
            return "";
        Resource s = selector.getResource();
        return "<p class=\"source\">characters " + integer(s, OA.start, -1) + "–" + integer(s, OA.end, -1)
               + " of " + link(source.getObject()) + "</p>\n";
    }

    private void linkedFrom(StringBuilder html) {
        Map<Property, List<Resource>> byPredicate = new LinkedHashMap<>();
        model.listStatements(null, null, resource).toList().stream()
             .filter(s -> !s.getSubject().equals(resource) && !isPart(s.getSubject()))
             .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getSubject().toString()))
             .forEach(s -> byPredicate.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getSubject()));
        if (byPredicate.isEmpty())
            return;
        html.append("<section id=\"linked-from\"><h2>Linked from</h2>\n<table>\n");
        byPredicate.forEach((p, subjects) -> html.append("<tr><th>").append(termLink(p)).append("</th><td>")
                .append(subjects.stream().map(this::linkWithWhole).collect(Collectors.joining("<br>"))).append("</td></tr>\n"));
        html.append("</table></section>\n");
    }

    private boolean isPart(Resource r) {
        return r.hasProperty(ELI.is_part_of, resource);
    }

    /** A paragraph is named with the document it belongs to, by its symbol when it has one: "A/RES/78/132 · op 5". */
    private String linkWithWhole(Resource r) {
        Statement whole = r.getProperty(ELI.is_part_of);
        if (whole == null || !whole.getObject().isURIResource())
            return link(r);
        Statement symbol = whole.getResource().getProperty(DCG.symbol);
        String document = symbol == null ? link(whole.getObject()) : anchor(whole.getResource().getURI(), symbol.getLiteral());
        return document + " · " + link(r);
    }

    private void provenance(StringBuilder html) {
        List<Resource> graphs = resource.listProperties(DCG.statedIn).toList().stream().map(Statement::getResource)
                                        .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (graphs.isEmpty())
            return;
        html.append("<section id=\"provenance\"><h2>Where this comes from</h2>\n<ul>\n");
        for (Resource g : graphs) {
            html.append("<li>named graph <code>").append(Html.escape(g.getURI())).append("</code>");
            Statement from = g.getProperty(PROV.wasDerivedFrom);
            if (from != null)
                html.append(", derived from the source file ").append(Html.escape(Names.shown(from.getObject()).getLexicalForm()));
            Statement at = g.getProperty(PROV.generatedAtTime);
            if (at != null)
                html.append(", built ").append(Html.escape(at.getLiteral().getLexicalForm()));
            Statement version = g.getProperty(DCG.extractorVersion);
            if (version != null)
                html.append(" by ").append(Html.escape(version.getLiteral().getLexicalForm()));
            html.append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    /** A value: a literal in its language and direction, a link for a resource. */
    private String value(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            return Html.inLanguage("span", l.getLexicalForm(), l.getLanguage());
        }
        return link(node);
    }

    /** A class or property: by its name, else by its local name ({@code definition}, {@code Concept}). */
    private String termLink(RDFNode node) {
        return node.isURIResource() ? anchor(node.asResource().getURI(), Names.shown(node.asResource())) : link(node);
    }

    private String link(RDFNode node) {
        if (node.isAnon())
            return "<span class=\"blank\">(blank node)</span>";
        if (node.isLiteral())
            return value(node);
        String iri = node.asResource().getURI();
        // Another site's page with no name in the graph (undocs.org, a body's home page) is shown by its address.
        Literal name = !site.isOurs(iri) && !Names.isNamed(node.asResource()) ? model.createLiteral(iri) : Names.shown(node.asResource());
        return anchor(iri, name);
    }

    private String anchor(String iri, Literal name) {
        return "<a href=\"" + Html.escape(site.link(iri)) + "\" title=\"" + Html.escape(iri) + "\""
               + Html.languageAttributes(name.getLanguage()) + ">" + Html.escape(name.getLexicalForm()) + "</a>";
    }

    private static int integer(Resource r, Property p, int missing) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral())
            return missing;
        try {
            return s.getInt();
        } catch (RuntimeException e) {
            return missing;
        }
    }
}
