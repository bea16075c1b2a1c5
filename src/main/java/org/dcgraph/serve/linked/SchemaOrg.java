package org.dcgraph.serve.linked;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;

/**
 * The schema.org JSON-LD a page embeds for search engines: the schema.org type nearest to the resource's own,
 * its name in each language, identifier, date, the part it belongs to and the pages that show its source.
 */
final class SchemaOrg {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** From the graph's classes to schema.org's, first match wins. */
    private static final List<Map.Entry<String, String>> TYPES = List.of(
            Map.entry("http://purl.org/spar/fabio/JournalArticle", "ScholarlyArticle"),
            Map.entry(ELI.LegalResourceSubdivision.getURI(), "Legislation"),
            Map.entry(ELI.LegalResource.getURI(), "Legislation"),
            Map.entry(ELI.LegalExpression.getURI(), "Legislation"),
            Map.entry(DCG.Document.getURI(), "CreativeWork"),
            Map.entry(DCG.Country.getURI(), "Country"),
            Map.entry("http://www.w3.org/ns/org#Organization", "Organization"),
            Map.entry(DCG.Body.getURI(), "Organization"),
            Map.entry(SKOS.Concept.getURI(), "DefinedTerm"));

    private SchemaOrg() {}

    static String script(Resource r) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type(r));
        thing.put("@id", r.getURI());
        thing.put("name", Names.all(r).stream().map(n -> Map.of("@value", n.getLexicalForm(), "@language", n.getLanguage())).toList());
        Statement symbol = r.getProperty(DCG.symbol);
        if (symbol != null)
            thing.put(thing.get("@type").equals("Legislation") ? "legislationIdentifier" : "identifier", symbol.getString());
        Statement date = r.getProperty(ELI.date_document);
        if (date != null)
            thing.put("datePublished", date.getLiteral().getLexicalForm());
        Statement whole = r.getProperty(ELI.is_part_of);
        if (whole != null && whole.getObject().isURIResource())
            thing.put("isPartOf", Map.of("@id", whole.getResource().getURI()));
        List<String> seeAlso = r.listProperties(RDFS.seeAlso).toList().stream().filter(s -> s.getObject().isURIResource())
                                .map(s -> s.getResource().getURI()).sorted().toList();
        if (!seeAlso.isEmpty())
            thing.put("url", seeAlso);
        try {
            return "<script type=\"application/ld+json\">" + Html.scriptJson(JSON.writeValueAsString(thing)) + "</script>\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(Resource r) {
        for (Map.Entry<String, String> t : TYPES)
            if (r.hasProperty(RDF.type, r.getModel().createResource(t.getKey())))
                return t.getValue();
        return "Thing";
    }
}
