package org.dcgraph.serve.linked;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.ClasspathResources;

/**
 * {@code /search?q=...&lang=...}: the search form and, below it, the paragraphs whose words match, best first, each
 * with its document and the matching words marked. The page asks the named query {@code search} from the browser
 * ({@code search.js}), so the limits, the errors and the paging are the named query's own.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";

    private final transient PerGeneration<List<String>> languages;

    /** @param timeout the limit of the query of the languages present, which runs once per store content */
    SearchServlet(DatasetGraph dataset, Duration timeout, Site site) {
        Query query = QueryFactory.create(ClasspathResources.text("site/languages.rq"));
        this.languages = new PerGeneration<>(dataset, () -> Listing.select(dataset, query, site, timeout).stream()
                .map(row -> row.get("language").getLiteralLexicalForm()).toList());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String words = request.getParameter("q") == null ? "" : request.getParameter("q");
        StringBuilder html = new StringBuilder(Html.head(words.isBlank() ? "dcgraph: search" : "dcgraph: " + words, ""));
        html.append("<h1>Search</h1>\n");
        form(html, words, languages.get());
        html.append("<section id=\"results\" aria-live=\"polite\"></section>\n</main>\n<script src=\"/static/search.js\"></script>\n</body>\n</html>\n");
        Html.send(response, html);
    }

    /**
     * The search form: words in any of the graph's languages (each language is matched under its own analyzer), and
     * optionally one language to keep to.
     */
    static void form(StringBuilder html, String words, Collection<String> languages) {
        html.append("<form class=\"search\" action=\"").append(PATH).append("\" method=\"get\" role=\"search\">\n")
            .append("<input type=\"search\" name=\"q\" required aria-label=\"words to search for\" value=\"").append(Html.escape(words))
            .append("\" placeholder=\"digital cooperation · الذكاء الاصطناعي · 数字合作 · сотрудничество\">\n")
            .append("<select name=\"lang\" aria-label=\"language\"><option value=\"\">every language</option>");
        for (String language : languages)
            html.append("<option value=\"").append(Html.escape(language)).append("\">").append(Html.escape(displayName(language))).append("</option>");
        html.append("</select>\n<button type=\"submit\">Search</button>\n</form>\n");
    }

    /** "Arabic (ar)": the language's English name from the JDK's locale data, with its tag. */
    private static String displayName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name + " (" + tag + ")";
    }
}
