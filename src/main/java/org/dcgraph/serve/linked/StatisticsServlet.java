package org.dcgraph.serve.linked;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dcgraph.ClasspathResources;

/** {@code /statistics}: the resources of the graph by class, each class with its English name and a link to its page. */
final class StatisticsServlet extends HttpServlet {
    static final String PATH = "/statistics";

    private final transient Site site;
    private final transient PerGeneration<List<Binding>> counts;

    /** @param timeout the limit of the count, which runs once per store content */
    StatisticsServlet(DatasetGraph dataset, Duration timeout, Site site) {
        this.site = site;
        Query classes = QueryFactory.create(ClasspathResources.text("site/statistics-classes.rq"));
        this.counts = new PerGeneration<>(dataset, () -> Listing.select(dataset, classes, site, timeout));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder html = new StringBuilder(Html.head("dcgraph: statistics", ""));
        html.append("<h1>Statistics</h1>\n<section id=\"counts\"><h2>Resources by class</h2>\n<table>\n<tr><th>class</th><th>resources</th></tr>\n");
        for (Binding row : counts.get()) {
            String classIri = row.get("class").getURI();
            Node name = row.get("name");
            html.append("<tr><td><a href=\"").append(Html.escape(site.link(classIri))).append("\" title=\"").append(Html.escape(classIri)).append("\">")
                .append(Html.escape(name == null ? classIri.replaceAll(".*[#/]", "") : name.getLiteralLexicalForm())).append("</a></td><td class=\"count\">")
                .append(row.get("count").getLiteralLexicalForm()).append("</td></tr>\n");
        }
        html.append("</table></section>\n</main>\n</body>\n</html>\n");
        Html.send(response, html);
    }
}
