package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The routes serve whatever the graph holds, under whatever base it was built with: recommendations, report sections
 * and numbered paragraphs, articles without a symbol (fixture {@code serve/linked/other-kinds.trig}).
 */
class OtherKindsIT {
    private static final String BASE = "https://example.org/dcg/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Store store;
    private static DcgraphServer server;

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        DatasetGraph dataset = store.dataset();
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset,
                OtherKindsIT.class.getClassLoader().getResource("serve/linked/other-kinds.trig").toString()));
        server = DcgraphServer.start(dataset, ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries")))
                .withPort(0).withBindAddress("127.0.0.1"), new Site(BASE, null));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", accept).build(),
                             HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Document page(String path) {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    @Test
    void recommendation_iri_dereferences_under_the_configured_base() {
        HttpResponse<String> r = get("/id/recommendation/1A", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/data/recommendation/1A.ttl", r.headers().firstValue("Location").orElseThrow());
        String turtle = get("/data/recommendation/1A.ttl", "*/*").body();
        assertTrue(turtle.contains("\"Achieving universal connectivity\"@en"), turtle);
    }

    @Test
    void recommendation_page_draws_the_report_section_and_document_that_follow_it_up() throws Exception {
        Element data = page("/page/recommendation/1A").selectFirst("script#graph-data");
        Set<String> edges = new HashSet<>();
        new ObjectMapper().readTree(data.data()).get("edges").forEach(e ->
                edges.add(e.get("source").asText() + " " + e.get("label").asText() + " " + e.get("target").asText()));
        assertEquals(Set.of(BASE + "id/doc/A/74/821/sec/III.A references " + BASE + "id/recommendation/1A",
                            BASE + "id/doc/A/74/821 references " + BASE + "id/recommendation/1A",
                            BASE + "id/recommendation/1A inScheme " + BASE + "id/recommendation"), edges);
    }

    @Test
    void recommendation_page_lists_the_section_and_paragraph_that_refer_to_it() {
        List<String> links = page("/page/recommendation/1A").select("section#linked-from td a").eachAttr("href");
        assertEquals(List.of("/id/doc/A/74/821", "/id/doc/A/74/821/para/12", "/id/doc/A/74/821", "/id/doc/A/74/821/sec/III.A"), links);
    }

    @Test
    void recommendation_names_in_each_language_carry_their_direction() {
        List<Element> names = page("/page/recommendation/1A").select("section#names li span[lang]");
        assertEquals("ltr", names.stream().filter(n -> n.attr("lang").equals("en")).findFirst().orElseThrow().attr("dir"));
        assertEquals("rtl", names.stream().filter(n -> n.attr("lang").equals("ar")).findFirst().orElseThrow().attr("dir"));
    }

    @Test
    void report_page_lists_its_sections_and_numbered_paragraphs() {
        Document report = page("/page/doc/A/74/821");
        assertEquals(List.of("/id/doc/A/74/821/sec/III.A"), report.select("section#sections a").eachAttr("href"));
        assertEquals("12", report.selectFirst("li.paragraph .number").text());
    }

    @Test
    void persian_article_title_is_rtl() {
        Document article = page("/page/doc/x/article");
        Element h1 = article.selectFirst("h1");
        assertEquals("Digital cooperation at the United Nations", h1.text());
        Element persian = article.select("section#names span[lang=fa]").first();
        assertEquals("rtl", persian.attr("dir"));
        assertEquals("ScholarlyArticle", Jsoup.parse(article.html()).selectFirst("script[type=application/ld+json]").data()
                .replaceAll(".*\"@type\":\"([A-Za-z]+)\".*", "$1"));
    }

    @Test
    void iri_of_the_default_base_is_not_ours_here() {
        assertEquals(404, get("/id/doc/A/74/821/para/99", "text/turtle").statusCode());
    }
}
