package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** The rows of a query over the whole store that a page lists, and their cells as HTML. */
final class Listing {
    private Listing() {}

    /** Every row, read in one read transaction within the limit; {@code ?uriSpace} is bound to the site's. */
    static List<Binding> select(DatasetGraph dataset, Query query, Site site, Duration timeout) {
        return select(dataset, query, site, timeout, Map.of());
    }

    /** Every row, with the query's parameters (variables) bound as given too. */
    static List<Binding> select(DatasetGraph dataset, Query query, Site site, Duration timeout, Map<String, Node> parameters) {
        Node uriSpace = NodeFactory.createURI(site.idSpace());
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).substitution("uriSpace", uriSpace);
            parameters.forEach(builder::substitution);
            try (QueryExec exec = builder.timeout(timeout.toMillis()).build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(b -> rows.add(b.detach()));
                return rows;
            }
        });
    }

    /** The escaped text of a literal, or of an IRI, or nothing when unbound. */
    static String text(Binding row, String variable) {
        Node value = row.get(variable);
        if (value == null) return "";
        return Html.escape(value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
    }

    /** A table cell with the literal in its language (right to left where it should be). */
    static String cell(Binding row, String variable) {
        Node value = row.get(variable);
        if (value == null || !value.isLiteral()) return "<td>" + text(row, variable) + "</td>";
        return "<td" + Html.languageAttributes(value.getLiteralLanguage()) + ">" + Html.escape(value.getLiteralLexicalForm()) + "</td>";
    }

    /** An IRI of the graph as a reader names it: its path under the URI space, without the leading {@code doc/}. */
    static String shortName(Site site, String iri) {
        if (!site.isOurs(iri)) return iri;
        String rest = iri.substring(site.idSpace().length());
        return rest.startsWith("doc/") ? rest.substring("doc/".length()) : rest;
    }
}
