package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dcgraph.ClasspathResources;

/**
 * What a document's page lists below its text, by the named queries a researcher would ask of it, so that the page
 * and the query answer alike: its requests and whether each was done ({@code mandate-status}), and the States and
 * groups that sponsored it or its draft ({@code sponsors}).
 */
final class DocumentTables {
    private final DatasetGraph dataset;
    private final Site site;
    private final Duration timeout;
    private final Query requests = QueryFactory.create(ClasspathResources.text("queries/mandate-status.rq"));
    private final Query sponsors = QueryFactory.create(ClasspathResources.text("queries/sponsors.rq"));

    DocumentTables(DatasetGraph dataset, Site site, Duration timeout) {
        this.dataset = dataset;
        this.site = site;
        this.timeout = timeout;
    }

    /** The tables of the document with this symbol, or nothing when it has neither requests nor sponsors. */
    String render(String symbol) {
        Map<String, Node> bound = Map.of("symbol", NodeFactory.createLiteralString(symbol));
        StringBuilder html = new StringBuilder();
        requests(html, Listing.select(dataset, requests, site, timeout, bound));
        sponsors(html, Listing.select(dataset, sponsors, site, timeout, bound));
        return html.toString();
    }

    private void requests(StringBuilder html, List<Binding> rows) {
        if (rows.isEmpty()) return;
        html.append("<section id=\"requests\"><h2>Requests, and whether each was done</h2>\n<table>\n"
                    + "<tr><th>paragraph</th><th>asks</th><th>whom</th><th>due</th><th>answered by</th><th>status</th></tr>\n");
        for (Binding row : rows) {
            String status = Listing.text(row, "status");
            html.append("<tr><td>").append(link(row.get("paragraph"))).append("</td><td>").append(Listing.text(row, "verb"))
                .append("</td>").append(row.get("addressee") != null && row.get("addressee").isURI()
                        ? "<td>" + link(row.get("addressee")) + "</td>" : Listing.cell(row, "addressee"))
                .append("<td>").append(Listing.text(row, "due")).append("</td><td>").append(link(row.get("answeredBy")))
                .append("</td><td class=\"").append(status).append("\">").append(status).append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    private void sponsors(StringBuilder html, List<Binding> rows) {
        if (rows.isEmpty()) return;
        html.append("<section id=\"sponsors\"><h2>Sponsors</h2>\n<table>\n"
                    + "<tr><th>State or group</th><th>role</th><th>on behalf of</th><th>member of the body</th></tr>\n");
        for (Binding row : rows) {
            Node country = row.get("country");
            html.append("<tr>").append(country == null ? Listing.cell(row, "name")
                            : "<td><a href=\"" + Html.escape(site.link(country.getURI())) + "\">" + Listing.text(row, "name") + "</a></td>")
                .append("<td>").append(Listing.text(row, "role")).append("</td><td>").append(link(row.get("group")))
                .append("</td><td>").append("true".equals(Listing.text(row, "nonMember")) ? "no" : "yes").append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    /** An IRI of the graph as a link named by its short name; nothing when unbound. */
    private String link(Node iri) {
        if (iri == null || !iri.isURI()) return "";
        return "<a href=\"" + Html.escape(site.link(iri.getURI())) + "\">" + Html.escape(Listing.shortName(site, iri.getURI())) + "</a>";
    }
}
