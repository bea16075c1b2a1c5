package org.dcgraph.serve.linked;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.dcgraph.ClasspathResources;
import org.dcgraph.rdf.Namespaces;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;

/**
 * {@code /}: what the graph holds (resources by class, languages, the documents with their titles) and a SPARQL
 * editor (YASGUI) with one tab per named query, ready to run against {@code /sparql}.
 */
final class HomeServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatasetGraph dataset;
    private final transient Duration timeout;
    private final transient Site site;
    private final transient QueryCatalogue catalogue;
    private final transient Query types = QueryFactory.create(ClasspathResources.text("site/home-types.rq"));
    private final transient Query documents = QueryFactory.create(ClasspathResources.text("site/home-documents.rq"));

    /** What the page lists of the whole store, read once per generation of its content. */
    private record Listings(List<Binding> types, List<Binding> documents) {}

    private final transient PerGeneration<Listings> listings;

    /**
     * @param timeout the limit of the listings' queries; they run once per store content, for every request that
     *                arrives meanwhile, so it is longer than a request's
     */
    HomeServlet(DatasetGraph dataset, Duration timeout, Site site, QueryCatalogue catalogue) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.site = site;
        this.catalogue = catalogue;
        this.listings = new PerGeneration<>(dataset, () -> new Listings(select(types), select(documents)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder html = new StringBuilder(Html.head("dcgraph", "<link rel=\"stylesheet\" href=\"/static/vendor/yasgui.min.css\">\n"));
        html.append("<h1>dcgraph</h1>\n<p>General Assembly resolutions and their drafts, reports of the Secretary-General and the "
                    + "scholarship that discusses them, paragraph by paragraph, as linked data. Every IRI under <code>")
            .append(Html.escape(site.idSpace())).append("</code> has a page here.</p>\n");
        Listings kept = listings.get();
        List<Binding> typeRows = kept.types();
        List<Binding> documentRows = kept.documents();
        counts(html, typeRows);
        languages(html, documentRows);
        documents(html, documentRows);
        editor(html);
        html.append("</main>\n<script src=\"/static/vendor/yasgui.min.js\"></script>\n<script src=\"/static/home.js\"></script>\n</body>\n</html>\n");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private List<Binding> select(Query query) {
        Node uriSpace = NodeFactory.createURI(site.idSpace());
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution("uriSpace", uriSpace)
                                           .timeout(timeout.toMillis()).build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(b -> rows.add(b.detach()));
                return rows;
            }
        });
    }

    private void counts(StringBuilder html, List<Binding> rows) {
        html.append("<section id=\"counts\"><h2>What the graph holds</h2>\n<table>\n<tr><th>class</th><th>resources</th></tr>\n");
        for (Binding row : rows) {
            String classIri = row.get("class").getURI();
            Node name = row.get("name");
            html.append("<tr><td><a href=\"").append(Html.escape(site.link(classIri))).append("\" title=\"").append(Html.escape(classIri)).append("\">")
                .append(Html.escape(name == null ? classIri.replaceAll(".*[#/]", "") : name.getLiteralLexicalForm())).append("</a></td><td class=\"count\">")
                .append(row.get("count").getLiteralLexicalForm()).append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    private void languages(StringBuilder html, List<Binding> rows) {
        Map<String, Integer> byLanguage = new TreeMap<>();
        rows.forEach(row -> byLanguage.merge(row.get("language").getLiteralLexicalForm(), 1, Integer::sum));
        html.append("<section id=\"languages\"><h2>Languages</h2>\n<p>");
        List<String> parts = new ArrayList<>();
        byLanguage.forEach((lang, n) -> parts.add("<span class=\"language\">" + Html.escape(lang) + "</span>: " + n
                                                  + (n == 1 ? " document" : " documents")));
        html.append(String.join(" · ", parts)).append("</p></section>\n");
    }

    private void documents(StringBuilder html, List<Binding> rows) {
        html.append("<section id=\"documents\"><h2>Documents</h2>\n<table>\n<tr><th>symbol</th><th>date</th><th>title</th></tr>\n");
        for (Binding row : rows) {
            String document = row.get("document").getURI();
            Node symbol = row.get("symbol");
            Node date = row.get("date");
            Node title = row.get("title");
            html.append("<tr><td><a href=\"").append(Html.escape(site.link(document))).append("\">")
                .append(Html.escape(symbol == null ? document.substring(site.idSpace().length()) : symbol.getLiteralLexicalForm()))
                .append("</a></td><td>").append(date == null ? "" : Html.escape(date.getLiteralLexicalForm())).append("</td><td")
                .append(title == null ? ">" : Html.languageAttributes(title.getLiteralLanguage()) + ">" + Html.escape(title.getLiteralLexicalForm()))
                .append("</td></tr>\n");
        }
        html.append("</table></section>\n");
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
