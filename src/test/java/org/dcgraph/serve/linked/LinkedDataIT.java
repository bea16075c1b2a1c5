package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.PROV;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following the graph's IRIs over HTTP, as a linked-data client and a browser do, on the bundled corpus. */
class LinkedDataIT {
    private static final String RES_78_311 = BundledGraph.BASE + "id/doc/A/RES/78/311";
    private static final String RES_70_1 = BundledGraph.BASE + "id/doc/A/RES/70/1";
    private static final String ITU = BundledGraph.BASE + "id/body/ITU";

    @TempDir
    static Path dumps;
    private static BundledGraph graph;

    @BeforeAll
    static void start() {
        graph = new BundledGraph(dumps);
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                 .lang(lang).base(graph.origin()).parse(model);
        return model;
    }

    private static Document page(String path) {
        HttpResponse<String> response = graph.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body(), graph.origin());
    }

    @Test
    void turtle_on_accept() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/78/311", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/data/doc/A/RES/78/311.ttl", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void html_on_browser_accept() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/78/311", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/page/doc/A/RES/78/311", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void each_rdf_syntax_has_its_own_location() {
        assertEquals("/data/doc/A/RES/78/311.jsonld", graph.get("/id/doc/A/RES/78/311", "Accept", "application/ld+json").headers().firstValue("Location").orElseThrow());
        assertEquals("/data/doc/A/RES/78/311.rdf", graph.get("/id/doc/A/RES/78/311", "Accept", "application/rdf+xml").headers().firstValue("Location").orElseThrow());
        assertEquals("/data/doc/A/RES/78/311.nt", graph.get("/id/doc/A/RES/78/311", "Accept", "application/n-triples").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void negotiated_answer_varies_by_accept() {
        List<String> vary = graph.get("/id/doc/A/RES/78/311", "Accept", "text/turtle").headers().allValues("Vary");
        assertTrue(vary.stream().anyMatch(v -> v.contains("Accept")), vary.toString());
    }

    @Test
    void format_param_overrides_accept() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/78/311?format=jsonld", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/data/doc/A/RES/78/311.jsonld", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknown_iri_gives_404() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/99/999", "Accept", "text/turtle");
        assertEquals(404, r.statusCode());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("GET /id/doc/A/RES/99/999: the graph has no resource <" + BundledGraph.BASE + "id/doc/A/RES/99/999>\n", r.body());
    }

    @Test
    void unknown_format_gives_400_naming_the_choices() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/78/311?format=pdf");
        assertEquals(400, r.statusCode());
        assertEquals("GET /id/doc/A/RES/78/311: format 'pdf' is not one of html, ttl, jsonld, rdf, nt\n", r.body());
    }

    @Test
    void unacceptable_accept_gives_406() {
        HttpResponse<String> r = graph.get("/id/doc/A/RES/78/311", "Accept", "application/pdf");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().startsWith("GET /id/doc/A/RES/78/311: Accept 'application/pdf' matches none of text/html, text/turtle"), r.body());
    }

    @Test
    void turtle_description_holds_the_resources_own_statements() {
        HttpResponse<String> r = graph.get("/data/doc/A/RES/78/311.ttl");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        Resource doc = parse(r, Lang.TURTLE).getResource(RES_78_311);
        assertEquals("A/RES/78/311", doc.getProperty(DCG.symbol).getString());
        assertEquals("/akn/un/statement/deliberation/unga/2024-07-01/78-311/", doc.getProperty(DCG.akomaNtosoName).getString());
        assertTrue(doc.hasProperty(RDFS.seeAlso, doc.getModel().createResource("https://undocs.org/A/RES/78/311")));
    }

    @Test
    void rdfxml_and_ntriples_have_their_media_types() {
        HttpResponse<String> xml = graph.get("/data/doc/A/RES/78/311.rdf");
        HttpResponse<String> nt = graph.get("/data/doc/A/RES/78/311.nt");
        assertEquals("application/rdf+xml;charset=utf-8", xml.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/n-triples;charset=utf-8", nt.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(parse(xml, Lang.RDFXML).isIsomorphicWith(parse(nt, Lang.NTRIPLES)));
    }

    @Test
    void jsonld_uses_the_published_context() throws Exception {
        HttpResponse<String> r = graph.get("/data/doc/A/RES/78/311.jsonld");
        assertEquals("application/ld+json;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(graph.origin() + "/context.jsonld", json.get("@context").asText());
        JsonNode doc = null;
        for (JsonNode node : json.get("@graph"))
            if (node.get("id").asText().equals(RES_78_311))
                doc = node;
        assertEquals("A/RES/78/311", doc.get("symbol").asText());
        assertEquals(30, doc.get("paragraph").size());
    }

    @Test
    void jsonld_reads_back_as_the_same_graph_as_turtle() {
        Model fromJsonLd = parse(graph.get("/data/doc/A/RES/78/311.jsonld"), Lang.JSONLD);
        Model fromTurtle = parse(graph.get("/data/doc/A/RES/78/311.ttl"), Lang.TURTLE);
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle));
    }

    @Test
    void context_is_served_at_a_stable_route() throws Exception {
        HttpResponse<String> r = graph.get("/context.jsonld");
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("dcg:symbol", new ObjectMapper().readTree(r.body()).get("@context").get("symbol").asText());
    }

    @Test
    void the_global_digital_compact_is_an_instrument_with_a_page_that_leads_to_its_annex() {
        Model m = parse(graph.get("/data/instrument/global-digital-compact.ttl"), Lang.TURTLE);
        Resource compact = m.getResource(BundledGraph.BASE + "id/instrument/global-digital-compact");
        Resource annex = m.getResource(BundledGraph.BASE + "id/doc/A/RES/79/1/annex/1");
        assertTrue(m.contains(compact, m.createProperty(DCG.NS + "publishedAs"), annex), m.toString());
        Model a = parse(graph.get("/data/doc/A/RES/79/1/annex/1.ttl"), Lang.TURTLE);
        assertTrue(a.contains(annex, DCG.objective, a.getResource(BundledGraph.BASE + "id/doc/A/RES/79/1/annex/1/objective/5")));
    }

    @Test
    void cited_document_lists_the_paragraphs_that_cite_it() {
        Model m = parse(graph.get("/data/doc/A/RES/70/1.ttl"), Lang.TURTLE);
        Resource cited = m.getResource(RES_70_1);
        Resource pp2 = m.getResource(RES_78_311 + "/pp/2");
        assertTrue(m.contains(pp2, ELI.cites, cited));
        assertTrue(m.contains(pp2, ELI.is_part_of, m.getResource(RES_78_311)));
        Set<String> citingDocuments = m.listSubjectsWithProperty(ELI.cites, cited).toList().stream()
                .map(p -> p.getPropertyResourceValue(ELI.is_part_of).getURI()).collect(Collectors.toSet());
        // A/RES/79/1 cites it in the Pact (footnote 1) and in both its annexes, each part of its own
        assertEquals(Set.of(RES_78_311, BundledGraph.BASE + "id/doc/A/RES/78/132", BundledGraph.BASE + "id/doc/A/78/L.86",
                            BundledGraph.BASE + "id/doc/A/74/821", BundledGraph.BASE + "id/doc/A/RES/79/1",
                            BundledGraph.BASE + "id/doc/A/RES/79/1/annex/1", BundledGraph.BASE + "id/doc/A/RES/79/1/annex/2"), citingDocuments);
    }

    @Test
    void body_lists_the_paragraphs_that_name_it() {
        Model m = parse(graph.get("/data/body/ITU.ttl"), Lang.TURTLE);
        Set<String> naming = m.listSubjectsWithProperty(DCG.mentions, m.getResource(ITU)).toList().stream()
                              .map(Resource::getURI).collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>();
        Set.of(17, 21, 34, 42, 45, 46).forEach(n -> expected.add(BundledGraph.BASE + "id/doc/A/RES/78/132/pp/" + n));
        Set.of(56, 77, 83).forEach(n -> expected.add(BundledGraph.BASE + "id/doc/A/74/821/para/" + n)); // the road map
        // the Global Digital Compact: "the important role of the International Telecommunication Union" (10), the
        // entities advancing digital cooperation (11), the Giga initiative of the ITU (69)
        Set.of(10, 11, 69).forEach(n -> expected.add(BundledGraph.BASE + "id/doc/A/RES/79/1/annex/1/para/" + n));
        assertEquals(expected, naming);
    }

    @Test
    void description_names_every_linked_resource() {
        Model m = parse(graph.get("/data/doc/A/RES/78/311.ttl"), Lang.TURTLE);
        assertEquals("Universal Declaration of Human Rights",
                m.getResource(BundledGraph.BASE + "id/doc/A/RES/217(III)").getProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "en").getString());
        assertEquals("General Assembly", m.getResource(BundledGraph.BASE + "id/body/GA").getProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "en").getString());
    }

    @Test
    void description_gives_the_provenance_of_its_named_graphs() {
        Model m = parse(graph.get("/data/doc/A/RES/78/311.ttl"), Lang.TURTLE);
        Resource languageGraph = m.getResource(BundledGraph.BASE + "graph/A/RES/78/311/ar");
        assertTrue(m.contains(m.getResource(RES_78_311), DCG.statedIn, languageGraph));
        Resource source = languageGraph.getPropertyResourceValue(PROV.wasDerivedFrom);
        assertEquals("corpus/000_ee7c7ba4905485ec.txt", source.getProperty(RDFS.label).getString());
    }

    @Test
    void document_description_stops_at_its_own_paragraphs() {
        Model m = parse(graph.get("/data/doc/A/RES/78/311.ttl"), Lang.TURTLE);
        Set<String> wordsOf = m.listSubjectsWithProperty(DCG.text).toList().stream()
                               .map(p -> p.getPropertyResourceValue(ELI.is_part_of).getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(RES_78_311), wordsOf);
        assertEquals(31, m.listSubjectsWithProperty(DCG.text).toList().size()); // 15 preambular, 15 operative, 1 footnote
    }

    @Test
    void arabic_title_is_rtl() {
        Element h1 = page("/page/doc/A/RES/78/311").selectFirst("h1");
        assertEquals("ar", h1.attr("lang"));
        assertEquals("rtl", h1.attr("dir"));
        assertEquals("تعزيز التعاون الدولي بشأن بناء القدرات في مجال الذكاء الاصطناعي", h1.text());
    }

    @Test
    void english_title_is_ltr() {
        Element h1 = page("/page/doc/A/78/L.86").selectFirst("h1");
        assertEquals("en", h1.attr("lang"));
        assertEquals("ltr", h1.attr("dir"));
    }

    @Test
    void document_page_lists_its_paragraphs_in_print_order_with_numbers_verbs_and_source_locations() {
        List<Element> paragraphs = page("/page/doc/A/RES/78/311").select("li.paragraph");
        assertEquals(31, paragraphs.size()); // 15 preambular, 15 operative, then the footnote
        Element first = paragraphs.get(0);
        assertEquals(RES_78_311 + "/pp/1", first.attr("data-iri"));
        assertEquals("Reaffirming", first.selectFirst(".verb").text());
        assertEquals("characters 416–536 of", first.selectFirst(".source").ownText().trim());
        Element firstOperative = paragraphs.stream().filter(p -> p.attr("data-iri").endsWith("/op/1")).findFirst().orElseThrow();
        assertEquals("1", firstOperative.selectFirst(".number").text());
        assertEquals(RES_78_311 + "/op/15", paragraphs.get(29).attr("data-iri"));
        assertEquals(RES_78_311 + "/fn/1", paragraphs.get(30).attr("data-iri"));
        // the words are the text above, not repeated below it
        assertTrue(first.select("p[lang]").isEmpty());
        assertEquals("rtl", page("/page/doc/A/RES/78/311").getElementById("pp-1-ar").parent().attr("dir"));
    }

    /**
     * The page of A/RES/78/132 (bundled in Arabic) reads as the resolution: its header as printed, then its 56
     * preambular and 59 operative paragraphs with the opening phrase marked, each resolution it cites linked where the
     * text names it, and the footnotes it calls.
     */
    @Test
    void document_page_reads_as_the_document_with_its_header_citations_and_footnotes() {
        Document page = page("/page/doc/A/RES/78/132");
        Elements header = page.select("dl.header dt");
        assertEquals(List.of("symbol", "issuing organ", "session", "agenda item as printed", "adopted on", "plenary meeting",
                "Main Committee", "committee report", "based on"), header.eachText());
        assertEquals(List.of("A/RES/78/132", "General Assembly", "78", "15", "2023-12-19", "49", "Second Committee", "A/78/458", "A/78/458"),
                page.select("dl.header dd").eachText());
        Element arabic = page.selectFirst("article.version[lang=ar][dir=rtl]");
        assertEquals("تسخير تكنولوجيات المعلومات والاتصالات لأغراض التنمية المستدامة", arabic.selectFirst("h2.title").text());
        Elements paragraphs = arabic.select("p.text-paragraph");
        assertEquals(115, paragraphs.size());
        Element first = paragraphs.get(0);
        assertEquals("إنه تشير", first.selectFirst("em.phrase").text());
        assertEquals("/id/doc/A/RES/77/150", first.selectFirst("a.citation").attr("href"));
        assertEquals("77/150", first.selectFirst("a.citation").text());
        Element op1 = page.getElementById("op-1-ar");
        assertEquals("1.", op1.selectFirst("a.number").text());
        // every note a paragraph calls is in the list below the text, under the same number, except those whose words
        // the Arabic text layer lost (12-14, 18, 19: markers in the text, no note at the foot of the page)
        Elements calls = arabic.select("sup.note a");
        assertEquals(14, calls.size());
        for (Element call : calls)
            assertEquals(call.text(), page.getElementById(call.attr("href").substring(1)).attr("value"), call.attr("href"));
        assertEquals(List.of("12", "13", "14", "18", "19"), arabic.select("sup.note.missing").eachText().stream().sorted(
                java.util.Comparator.comparingInt(Integer::parseInt)).toList());
        assertEquals(14, arabic.select("ol.footnotes li").size());
        // one version, so no switch between versions
        assertTrue(page.select("nav.version-switch").isEmpty());
    }

    @Test
    void a_document_in_six_languages_offers_each_version_by_its_own_name() {
        Document page = page("/page/doc/A/RES/79/1");
        assertEquals(List.of("English", "العربية", "español", "français", "русский", "中文"), page.select("nav.version-switch button").eachText());
        assertEquals(List.of("en", "ar", "es", "fr", "ru", "zh"), page.select("article.version").eachAttr("lang"));
        // the Pact's own paragraphs 1..84 after the paragraph that adopts it (the Spanish markup lost 35 and 36)
        assertEquals(85, page.select("article.version[lang=en] p.text-paragraph a.number:matchesOwn(^\\d+\\.$)").size());
        // the page holds the English words; the Spanish are on the page asked for in Spanish, and in the version alone
        assertTrue(page.select("article.version[lang=es] p.text-paragraph").isEmpty());
        assertEquals("/page/doc/A/RES/79/1?version=es", page.selectFirst("article.version[lang=es]").attr("data-src"));
        assertEquals(83, page("/page/doc/A/RES/79/1?lang=es").select("article.version[lang=es] p.text-paragraph a.number:matchesOwn(^\\d+\\.$)").size());
        Document spanish = page("/page/doc/A/RES/79/1?version=es");
        assertEquals(83, spanish.select("article.version[lang=es] p.text-paragraph a.number:matchesOwn(^\\d+\\.$)").size());
        assertEquals(1, spanish.select("article.version").size());
        assertEquals(List.of("/id/doc/A/RES/79/1/annex/1", "/id/doc/A/RES/79/1/annex/2"),
                page.select("dl.header dt:contains(annex) + dd a").eachAttr("href"));
    }

    /**
     * A footnote's call stands where the words call it, as a raised number linked to the note, which links back: in
     * A/RES/79/1, note 1 follows "the 2030 Agenda for Sustainable Development" in English, and note 3 the Paris
     * Agreement before the full stop in French.
     */
    @Test
    void footnote_calls_stand_in_the_sentence_and_link_to_their_notes_and_back() {
        Document page = page("/page/doc/A/RES/79/1");
        Element call = page.getElementById("para-10-en").selectFirst("sup.note");
        assertTrue(((org.jsoup.nodes.TextNode) call.previousSibling()).text().endsWith("commitment to the 2030 Agenda for Sustainable Development"));
        assertTrue(((org.jsoup.nodes.TextNode) call.nextSibling()).text().startsWith(" and its Sustainable Development Goals."));
        assertEquals("call-1-en", call.id());
        assertEquals("#fn-1-en", call.selectFirst("a").attr("href"));
        assertEquals("#call-1-en", page.getElementById("fn-1-en").selectFirst("a.back").attr("href"));
        // one call at the end of the words, after the full stop
        assertEquals(List.of("2", "3"), page.getElementById("para-11-en").select("sup.note").eachText());
        assertTrue(page.getElementById("para-11-en").child(page.getElementById("para-11-en").childrenSize() - 1).is("sup.note"));

        Element french = page("/page/doc/A/RES/79/1?lang=fr").getElementById("para-11-fr");
        Element third = french.select("sup.note").get(1);
        assertEquals("3", third.text());
        assertTrue(((org.jsoup.nodes.TextNode) third.previousSibling()).text().endsWith("et de l’Accord de Paris"));
        assertEquals(".", ((org.jsoup.nodes.TextNode) third.nextSibling()).text());
    }

    /** The graph says where each version calls a note, as a Web Annotation selector of the word the call follows. */
    @Test
    void paragraph_data_gives_each_call_as_a_text_position_in_its_words() {
        Model m = parse(graph.get("/data/doc/A/RES/79/1/para/11.ttl"), Lang.TURTLE);
        Resource paragraph = m.getResource(BundledGraph.BASE + "id/doc/A/RES/79/1/para/11");
        Resource call = m.getResource(paragraph.getURI() + "/call/2/en");
        assertTrue(m.contains(paragraph, DCG.noteCall, call));
        assertEquals(paragraph, call.getPropertyResourceValue(org.dcgraph.rdf.OA.hasSource));
        assertEquals(BundledGraph.BASE + "id/doc/A/RES/79/1/fn/3", call.getPropertyResourceValue(DCG.footnote).getURI());
        assertEquals("en", call.getProperty(org.apache.jena.vocabulary.DCTerms.language).getString());
        Resource selector = call.getPropertyResourceValue(org.dcgraph.rdf.OA.hasSelector);
        String words = paragraph.listProperties(DCG.text).toList().stream().filter(t -> t.getLanguage().equals("en")).findFirst().orElseThrow().getString();
        int start = selector.getProperty(org.dcgraph.rdf.OA.start).getInt(), end = selector.getProperty(org.dcgraph.rdf.OA.end).getInt();
        assertEquals("Agreement.", words.substring(start, end));
        assertEquals(words.length(), end);
        // two calls in each of the English and French versions
        for (String lang : List.of("en", "fr"))
            assertEquals(2, m.listObjectsOfProperty(paragraph, DCG.noteCall).toList().stream()
                    .filter(c -> c.asResource().getProperty(org.apache.jena.vocabulary.DCTerms.language).getString().equals(lang)).count(), lang);
    }

    /**
     * A/RES/79/1 in six languages was a page of 3.3 MB: it holds one version's words now, each other one a placeholder
     * the switch fills when asked, and stays under 350 KB (297,537 bytes when measured).
     */
    @Test
    void a_document_in_six_languages_is_a_page_of_one_version() {
        HttpResponse<String> response = graph.get("/page/doc/A/RES/79/1");
        int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 350_000, bytes + " bytes");
        Document page = Jsoup.parse(response.body(), graph.origin());
        assertEquals(List.of("en"), page.select("article.version:not(.elsewhere)").eachAttr("lang"));
        assertEquals(List.of("ar", "es", "fr", "ru", "zh"), page.select("article.version.elsewhere").eachAttr("lang"));
        assertEquals("/page/doc/A/RES/79/1?lang=fr", page.selectFirst("article.version[lang=fr] p.elsewhere a").attr("href"));
        // side by side as asked: the two versions' words, the switch set to them
        Document two = page("/page/doc/A/RES/79/1?lang=fr&second=ar");
        assertEquals(List.of("ar", "fr"), two.select("article.version:not(.elsewhere)").eachAttr("lang"));
        assertTrue(two.selectFirst("div.versions").hasClass("side-by-side"));
        assertEquals("ar", two.selectFirst("select.second option[selected]").val());
        assertEquals(404, graph.get("/page/doc/A/RES/79/1?version=de").statusCode());
    }

    @Test
    void page_links_to_the_same_data_in_each_rdf_syntax() {
        List<String> links = page("/page/doc/A/RES/78/311").select("footer.formats a").eachAttr("href");
        assertEquals(List.of("/data/doc/A/RES/78/311.ttl", "/data/doc/A/RES/78/311.jsonld", "/data/doc/A/RES/78/311.rdf", "/data/doc/A/RES/78/311.nt"), links);
    }

    @Test
    void page_embeds_schema_org_json_ld() throws Exception {
        Element script = page("/page/doc/A/RES/78/311").selectFirst("script[type=application/ld+json]");
        JsonNode thing = new ObjectMapper().readTree(script.data());
        assertEquals("https://schema.org", thing.get("@context").asText());
        assertEquals("Legislation", thing.get("@type").asText());
        assertEquals("A/RES/78/311", thing.get("legislationIdentifier").asText());
        assertEquals("2024-07-01", thing.get("datePublished").asText());
    }

    @Test
    void document_page_draws_its_citation_neighbourhood() throws Exception {
        Element data = page("/page/doc/A/RES/78/311").selectFirst("script#graph-data");
        JsonNode picture = new ObjectMapper().readTree(data.data());
        boolean citesUdhr = false;
        for (JsonNode edge : picture.get("edges"))
            citesUdhr |= edge.get("source").asText().equals(RES_78_311) && edge.get("label").asText().equals("cites")
                         && edge.get("target").asText().equals(BundledGraph.BASE + "id/doc/A/RES/217(III)");
        assertTrue(citesUdhr);
    }

    /**
     * The English draft A/78/L.86 and the Arabic A/RES/78/311 adopted from it, compared paragraph by paragraph by what
     * each does (the opening phrase's concept), since their words are in two languages.
     */
    @Test
    void resolution_page_says_what_changed_since_its_draft_and_the_draft_page_what_it_became() {
        Element changes = page("/page/doc/A/RES/78/311").selectFirst("section#draft-changes");
        assertEquals("Changes from the draft A/78/L.86", changes.selectFirst("h2").text());
        assertTrue(changes.selectFirst("p").text().startsWith("24 paragraphs kept as they were; 6 changed, added or dropped. The draft is here in en and the resolution in ar"));
        Elements rows = changes.select("table.changes tr:gt(0)");
        assertEquals(6, rows.size());
        assertEquals(List.of("pp 7", "pp 7", "opening phrase Emphasizing → Stressing"), rows.get(0).select("td").eachText());
        assertEquals("Adopted as A/RES/78/311", page("/page/doc/A/78/L.86").selectFirst("section#draft-changes h2").text());
        // A/RES/79/1 names its draft A/79/L.2, which is not loaded: nothing to compare
        assertTrue(page("/page/doc/A/RES/79/1").select("section#draft-changes").isEmpty());
    }

    @Test
    void resolution_page_lists_its_requests_with_their_status_and_the_sponsors_of_its_draft() {
        Document page = page("/page/doc/A/RES/78/311");
        // the rows of mandate-status?symbol=A/RES/78/311: 23 requests and addressees, none answered by a loaded document,
        // the last due at the eightieth session, which no loaded document has reached (79/1 is the latest)
        Elements requests = page.select("section#requests tr:gt(0)");
        assertEquals(23, requests.size());
        assertEquals(List.of("A/RES/78/311/op/2", "Encourages", "group/member-states", "", "", "open"), cells(requests.get(0)));
        assertEquals(List.of("A/RES/78/311/op/15", "Requests", "body/SG", "80th session", "", "open"), cells(requests.get(22)));
        // the sponsors of its draft A/78/L.86, as the sponsors query lists them
        Elements sponsors = page.select("section#sponsors tr:gt(0)");
        assertEquals(28, sponsors.size());
        assertEquals(List.of("China", "sponsor", "", "yes"), cells(sponsors.stream().filter(r -> r.text().startsWith("China")).findFirst().orElseThrow()));
    }

    /** A row's cells' texts, the empty ones too. */
    private static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    /**
     * The bundled Arabic road map (A/74/821) was printed in the damaged Arabic fonts of UN PDFs: its page says so, and
     * shows its title and each of its eight headings repaired with the words as printed beside them.
     */
    @Test
    void damaged_text_is_marked_with_its_repaired_headings_beside_the_printed_words() {
        Element arabic = page("/page/doc/A/74/821").selectFirst("article.version[lang=ar]");
        assertTrue(arabic.selectFirst("p.damaged").text().startsWith("This version's text layer was printed in a damaged font"));
        assertEquals(8, arabic.select("h3.section").size());
        assertEquals(9, arabic.select("p.as-printed").size());
        assertEquals(96, arabic.select("p.text-paragraph").size());
        // an undamaged version says nothing of the kind
        assertTrue(page("/page/doc/A/RES/78/132").select("p.damaged").isEmpty());
    }

    /** The Persian article's picture names its two authors as people and leaves out its own dates and abstract. */
    @Test
    void an_articles_picture_shows_its_authors_as_people_and_not_its_bookkeeping() throws Exception {
        Document page = page("/page/doc/x/shkralhy-1403-hkmrany-jhany-hwsh");
        JsonNode picture = new ObjectMapper().readTree(page.selectFirst("script#graph-data").data());
        List<String> people = new ArrayList<>();
        picture.get("nodes").forEach(n -> {
            if (n.get("kind").asText().equals("person")) people.add(n.get("label").asText());
            assertFalse(n.get("id").asText().contains("/date/") || n.get("id").asText().contains("/abstract/"), n.toString());
        });
        assertEquals(Set.of("شیوا شکرالهی", "رویا معتمدنژاد"), Set.copyOf(people));
        assertTrue(page.select("ul.legend li").eachText().contains("person (2)"));
    }

    /** The draft A/78/L.86 links to more than a picture can show (28 sponsors, what it cites): thirty are drawn, coloured by kind, the rest counted. */
    @Test
    void a_crowded_neighbourhood_is_drawn_in_part_with_a_legend_and_the_rest_counted() throws Exception {
        Document page = page("/page/doc/A/78/L.86");
        JsonNode picture = new ObjectMapper().readTree(page.selectFirst("script#graph-data").data());
        assertEquals(30, picture.get("nodes").size());
        Set<String> kinds = new java.util.TreeSet<>();
        picture.get("nodes").forEach(n -> kinds.add(n.get("kind").asText()));
        List<String> legend = page.select("ul.legend li:not(.more)").eachText();
        assertEquals(kinds.size(), legend.size());
        assertTrue(legend.containsAll(List.of("document (2)", "country (27)", "body (1)")), legend.toString());
        assertEquals("and 10 more not drawn", page.selectFirst("ul.legend li.more").text());
    }

    @Test
    void cited_document_page_shows_who_cites_it() {
        Element linkedFrom = page("/page/doc/A/RES/70/1").selectFirst("section#linked-from");
        assertTrue(linkedFrom.select("a[href=/id/doc/A/RES/78/311/pp/2]").size() == 1, linkedFrom.html());
    }

    @Test
    void paragraph_has_a_page_of_its_own() {
        Document p = page("/page/doc/A/RES/78/311/op/1");
        assertEquals("op 1", p.selectFirst("h1").text());
        assertFalse(p.select("section#statements a[href=/id/doc/A/RES/78/311]").isEmpty());
    }

    @Test
    void akn_name_resolves_to_the_document() {
        HttpResponse<String> r = graph.get("/akn/un/statement/deliberation/unga/2024-07-01/78-311/");
        assertEquals(303, r.statusCode());
        assertEquals("/id/doc/A/RES/78/311", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknown_akn_name_gives_404() {
        assertEquals(404, graph.get("/akn/un/statement/deliberation/unga/2024-07-01/78-999/").statusCode());
    }

    @Test
    void cors_on_every_read_route() {
        for (String path : List.of("/id/doc/A/RES/78/311", "/page/doc/A/RES/78/311", "/data/doc/A/RES/78/311.ttl",
                "/.well-known/void", "/sparql", "/sparql?query=ASK%7B%7D", "/queries", "/context.jsonld", "/", "/dumps/dcgraph.nq.gz",
                "/akn/un/statement/deliberation/unga/2024-07-01/78-311/")) {
            HttpResponse<byte[]> r = graph.getBytes(path, "Origin", "https://notebook.example.org");
            assertEquals("https://notebook.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }

    /** One number from the SPARQL endpoint, the route a user would check the page against. */
    private static long count(String select) {
        HttpResponse<String> r = graph.get("/sparql?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8), "Accept", "text/csv");
        return Long.parseLong(r.body().lines().toList().get(1));
    }

    @Test
    void statistics_page_counts_resources_by_class() {
        Document statistics = page("/statistics");
        Element resolutions = statistics.select("section#counts tr").stream()
                .filter(tr -> tr.select("a[title=https://w3id.org/dcgraph/ontology#Resolution]").size() == 1).findFirst().orElseThrow();
        assertEquals("resolution", resolutions.selectFirst("a").text());
        assertEquals(count("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <https://w3id.org/dcgraph/ontology#Resolution> }"),
                     Long.parseLong(resolutions.selectFirst("td.count").text()));
    }

    @Test
    void statistics_leave_out_the_annotation_machinery() {
        List<String> classes = page("/statistics").select("section#counts a").eachAttr("title");
        assertTrue(classes.contains("https://w3id.org/dcgraph/ontology#Paragraph") || classes.contains("https://w3id.org/dcgraph/ontology#OperativeParagraph"), classes.toString());
        assertEquals(List.of(), classes.stream().filter(c -> c.startsWith("http://www.w3.org/ns/oa#") || c.startsWith("http://www.w3.org/ns/prov#")).toList());
    }

    @Test
    void home_page_lists_every_document_by_kind_with_the_persian_article() {
        Document home = page("/");
        assertEquals(List.of("Draft resolution", "Journal article", "Report", "Resolution"),
                     home.select("section#documents h3").eachText());
        Element article = home.select("section#documents tr").stream().filter(tr -> tr.text().contains("fa")).findFirst().orElseThrow();
        assertEquals("rtl", article.select("td[lang=fa]").attr("dir"));
        assertTrue(home.select("section#languages p").text().contains("fa: 1 document"), home.select("section#languages p").text());
    }

    @Test
    void pages_name_the_terms_of_other_vocabularies_and_authors_by_their_names() {
        List<String> properties = page("/page/doc/A/RES/78/311").select("section#statements th").eachText();
        assertTrue(properties.contains("date of document") && properties.contains("local identifier"), properties.toString());
        assertTrue(properties.stream().noneMatch(p -> p.contains("_")), properties.toString());

        String article = page("/").select("section#documents tr").stream().filter(tr -> tr.text().contains("fa"))
                                  .findFirst().orElseThrow().selectFirst("a").attr("href").replaceFirst("^/id/", "/page/");
        Element creators = page(article).select("section#statements tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("creator")).findFirst().orElseThrow();
        List<Element> authors = creators.select("td a");
        assertTrue(!authors.isEmpty());
        for (Element author : authors) {
            assertEquals("fa", author.attr("lang"), author.outerHtml());
            assertTrue(!author.text().matches("\\d+|author \\d+"), author.outerHtml());
        }
    }

    /** A report symbol with a space ("A/CONF.157/24 (Part I)", cited by A/RES/79/1) made an IRI with a space in it. */
    @Test
    void a_symbol_with_a_space_makes_a_valid_iri_that_dereferences() {
        assertEquals("A/CONF.157/24%20(Part%20I)", org.dcgraph.rdf.Iris.symbolPath("A/CONF.157/24 (Part I)"));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), ' ') || (ISIRI(?o) && CONTAINS(STR(?o), ' '))) }"));
        assertEquals(200, graph.get("/page/doc/A/CONF.157/24%20(Part%20I)").statusCode());
    }

    @Test
    void home_page_says_where_each_recommendation_of_the_panel_is_taken_up() {
        Elements rows = page("/").select("section#recommendations tr:has(td)");
        assertEquals(List.of("1A", "1B", "1C", "1D", "2", "3A", "3B", "3C", "4", "5A", "5B"), rows.stream().map(tr -> tr.child(0).text()).toList());
        // and where each stands now: 3C (AI) in twenty of the Compact's paragraphs and in three resolutions
        assertEquals("the Global Digital Compact: 20 paragraphs; 3 resolutions, the latest A/RES/79/1 (2024-09-22)", rows.get(7).child(3).text());
    }

    @Test
    void home_page_offers_a_search_in_every_language_of_the_graph() {
        Element form = page("/").selectFirst("form.search");
        assertEquals("/search", form.attr("action"));
        assertEquals(List.of("", "ar", "en", "es", "fa", "fr", "ru", "zh"), form.select("select[name=lang] option").eachAttr("value"));
        Document results = page("/search?q=" + URLEncoder.encode("الذكاء", StandardCharsets.UTF_8));
        assertEquals("الذكاء", results.selectFirst("form.search input[name=q]").val());
        assertEquals("/static/search.js", results.select("script[src]").last().attr("src"));
    }

    @Test
    void home_page_counts_language_versions_by_language() {
        String arabic = page("/").select("section#languages p").text().split(" · ")[0];
        long versions = count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?d <http://data.europa.eu/eli/ontology#is_realized_by> ?e . "
                              + "?e <http://purl.org/dc/terms/language> ?l FILTER (STR(?l) = 'ar') }");
        assertEquals("ar: " + versions + " documents", arabic);
    }

    @Test
    void home_page_offers_every_named_query_to_the_editor() throws Exception {
        JsonNode examples = new ObjectMapper().readTree(page("/").selectFirst("script#named-queries").data());
        List<String> offered = new ArrayList<>();
        examples.forEach(e -> offered.add(e.get("name").asText()));
        assertEquals(QueryCatalogue.fromDirectory(Path.of("queries")).all().stream().map(NamedQuery::name).toList(), offered);
        assertEquals(QueryCatalogue.fromDirectory(Path.of("queries")).all().get(0).sparql(), examples.get(0).get("query").asText());
    }
}
