package org.dcgraph.serve.linked;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dcgraph.ClasspathResources;
import org.dcgraph.rdf.Namespaces;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;

/**
 * {@code /}: what the graph holds, in the words of those who study it: a search box for any of its languages, the
 * digital-cooperation instruments over time, the Panel's recommendations and where each is taken up, the documents by
 * kind and language; then a SPARQL editor (YASGUI) with one tab per named query, ready to run against
 * {@code /sparql}. The counts by class are on {@code /statistics}.
 */
final class HomeServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Site site;
    private final transient QueryCatalogue catalogue;
    private final transient Query documents = QueryFactory.create(ClasspathResources.text("site/home-documents.rq"));
    private final transient Query instruments = QueryFactory.create(ClasspathResources.text("queries/instruments.rq"));
    private final transient Query recommendations = QueryFactory.create(ClasspathResources.text("queries/recommendations.rq"));

    /** What the page lists of the whole store, read once per generation of its content. */
    private record Listings(List<Binding> documents, List<Binding> instruments, List<Binding> recommendations) {}

    private final transient PerGeneration<Listings> listings;

    /**
     * @param timeout the limit of the listings' queries; they run once per store content, for every request that
     *                arrives meanwhile, so it is longer than a request's
     */
    HomeServlet(DatasetGraph dataset, Duration timeout, Site site, QueryCatalogue catalogue) {
        this.site = site;
        this.catalogue = catalogue;
        this.listings = new PerGeneration<>(dataset, () -> new Listings(Listing.select(dataset, documents, site, timeout),
                Listing.select(dataset, instruments, site, timeout), Listing.select(dataset, recommendations, site, timeout)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Listings kept = listings.get();
        StringBuilder html = new StringBuilder(Html.head("dcgraph", "<link rel=\"stylesheet\" href=\"/static/vendor/yasgui.min.css\">\n"));
        html.append("<h1>dcgraph</h1>\n<p class=\"lead\">The United Nations' instruments of digital cooperation, from the "
                    + "High-level Panel's report of 2019 to the Global Digital Compact and what follows it: resolutions and "
                    + "their drafts, reports of the Secretary-General, the bodies that carry them out and the scholarship "
                    + "that discusses them, read paragraph by paragraph in the languages they were published in. Every "
                    + "fact leads back to the words it was read from.</p>\n");
        SearchServlet.form(html, "", languages(kept.documents()).keySet());
        instruments(html, kept.instruments());
        recommendations(html, kept.recommendations());
        documents(html, kept.documents());
        html.append("<p class=\"more\"><a href=\"").append(StatisticsServlet.PATH).append("\">Statistics</a>: the resources of the graph by class.</p>\n");
        editor(html);
        html.append("</main>\n<script src=\"/static/vendor/yasgui.min.js\"></script>\n<script src=\"/static/home.js\"></script>\n</body>\n</html>\n");
        Html.send(response, html);
    }

    /** The number of language versions of each language, languages in alphabetical order of their tags. */
    private static Map<String, Integer> languages(List<Binding> documentRows) {
        Map<String, Integer> byLanguage = new TreeMap<>();
        documentRows.forEach(row -> byLanguage.merge(row.get("language").getLiteralLexicalForm(), 1, Integer::sum));
        return byLanguage;
    }

    private void instruments(StringBuilder html, List<Binding> rows) {
        if (rows.isEmpty()) return;
        html.append("<section id=\"instruments\"><h2>Instruments over time</h2>\n<table>\n<tr><th>date</th><th>symbol</th><th>title</th><th>subjects</th></tr>\n");
        for (Binding row : rows) {
            html.append("<tr><td>").append(Listing.text(row, "date")).append("</td><td><a href=\"")
                .append(Html.escape(site.link(row.get("document").getURI()))).append("\">").append(Listing.text(row, "symbol"))
                .append("</a></td>").append(Listing.cell(row, "title")).append("<td class=\"subjects\">")
                .append(Listing.text(row, "topics")).append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    /** Each recommendation once, with the sections of reports that take it up and how many of their paragraphs do. */
    private void recommendations(StringBuilder html, List<Binding> rows) {
        if (rows.isEmpty()) return;
        Map<String, List<Binding>> byCode = new LinkedHashMap<>();
        rows.forEach(row -> byCode.computeIfAbsent(row.get("code").getLiteralLexicalForm(), c -> new ArrayList<>()).add(row));
        html.append("<section id=\"recommendations\"><h2>The Panel's recommendations, and where each is taken up</h2>\n<table>\n"
                    + "<tr><th>recommendation</th><th>what it asks</th><th>taken up in</th><th>where it stands now</th></tr>\n");
        byCode.forEach((code, sections) -> {
            Binding first = sections.get(0);
            html.append("<tr><td><a href=\"").append(Html.escape(site.link(first.get("recommendation").getURI()))).append("\">")
                .append(Html.escape(code)).append("</a></td>").append(Listing.cell(first, "label")).append("<td>");
            List<String> places = new ArrayList<>();
            for (Binding section : sections) {
                if (section.get("section") == null) continue;
                String paragraphs = section.get("paragraphs").getLiteralLexicalForm();
                places.add("<a href=\"" + Html.escape(site.link(section.get("section").getURI())) + "\">"
                           + Html.escape(Listing.shortName(site, section.get("section").getURI())) + "</a> (" + paragraphs
                           + (paragraphs.equals("1") ? " paragraph)" : " paragraphs)"));
            }
            html.append(places.isEmpty() ? "<span class=\"open\">no section of a report takes it up</span>" : String.join("; ", places))
                .append("</td><td>").append(standing(first)).append("</td></tr>\n");
        });
        html.append("</table></section>\n");
    }

    /** How far the recommendation has come: the Compact's paragraphs and the resolutions on its topic, the latest named. */
    private String standing(Binding row) {
        List<String> parts = new ArrayList<>();
        String compact = Listing.text(row, "compactParagraphs");
        if (!compact.isEmpty() && !compact.equals("0"))
            parts.add("the Global Digital Compact: " + compact + (compact.equals("1") ? " paragraph" : " paragraphs"));
        String resolutions = Listing.text(row, "resolutions");
        if (!resolutions.isEmpty() && !resolutions.equals("0"))
            parts.add(resolutions + (resolutions.equals("1") ? " resolution" : " resolutions") + ", the latest "
                      + Html.escape(Listing.text(row, "latest")) + " (" + Html.escape(Listing.text(row, "latestDate")) + ")");
        return parts.isEmpty() ? "<span class=\"open\">no later text shares its topic</span>" : String.join("; ", parts);
    }

    /** The documents grouped by kind, each with its language versions. */
    private void documents(StringBuilder html, List<Binding> rows) {
        Map<String, Integer> byLanguage = languages(rows);
        html.append("<section id=\"languages\"><h2>Languages</h2>\n<p>");
        List<String> parts = new ArrayList<>();
        byLanguage.forEach((lang, n) -> parts.add("<span class=\"language\">" + Html.escape(lang) + "</span>: " + n
                                                  + (n == 1 ? " document" : " documents")));
        html.append(String.join(" · ", parts)).append("</p></section>\n");
        Map<String, List<Binding>> byKind = new TreeMap<>();
        rows.forEach(row -> byKind.computeIfAbsent(kind(row), k -> new ArrayList<>()).add(row));
        html.append("<section id=\"documents\"><h2>Documents by kind and language</h2>\n");
        byKind.forEach((kind, versions) -> {
            html.append("<h3>").append(Html.escape(kind)).append("</h3>\n<table>\n<tr><th>symbol</th><th>language</th><th>date</th><th>title</th></tr>\n");
            for (Binding row : versions) {
                String document = row.get("document").getURI();
                Node symbol = row.get("symbol");
                html.append("<tr><td><a href=\"").append(Html.escape(site.link(document))).append("\">")
                    .append(Html.escape(symbol == null ? document.substring(site.idSpace().length()) : symbol.getLiteralLexicalForm()))
                    .append("</a></td><td>").append(Listing.text(row, "language")).append("</td><td>").append(Listing.text(row, "date"))
                    .append("</td>").append(Listing.cell(row, "title")).append("</tr>\n");
            }
            html.append("</table>\n");
        });
        html.append("</section>\n");
    }

    /** The English name of the document's class ("General Assembly resolution"), or its local name spelled out. */
    private static String kind(Binding row) {
        Node name = row.get("typeName");
        if (name != null) return Character.toUpperCase(name.getLiteralLexicalForm().charAt(0)) + name.getLiteralLexicalForm().substring(1);
        Node type = row.get("type");
        if (type == null) return "Other documents";
        String local = type.getURI().replaceAll(".*[#/]", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(local.charAt(0)) + local.substring(1);
    }

    /** The editor, and the named queries it offers as tabs, as JSON for home.js. */
    private void editor(StringBuilder html) throws IOException {
        List<Map<String, String>> examples = new ArrayList<>();
        for (NamedQuery q : catalogue.all()) {
            Map<String, String> example = new LinkedHashMap<>();
            example.put("name", q.name());
            example.put("title", q.title());
            example.put("query", q.sparql());
            examples.add(example);
        }
        html.append("<section id=\"sparql\"><h2>Ask the graph</h2>\n<p>Each tab is a named query (also served at "
                    + "<code>/queries/{name}</code>); its parameters are plain variables here, so it runs over every document.</p>\n"
                    + "<div id=\"yasgui\"></div>\n<script id=\"named-queries\" type=\"application/json\">")
            .append(Html.scriptJson(JSON.writeValueAsString(examples))).append("</script>\n")
            // The editor completes prefixes from these, the graph's own, rather than from prefix.cc on every view.
            .append("<script id=\"prefixes\" type=\"application/json\">")
            .append(Html.scriptJson(JSON.writeValueAsString(Namespaces.standard(site.base()).getNsPrefixMap()))).append("</script></section>\n");
    }
}
