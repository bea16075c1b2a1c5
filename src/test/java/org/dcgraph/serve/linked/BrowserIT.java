package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium, driven through its chromedriver by Selenium. {@code .ci/run}
 * installs both; where they are missing the tests are skipped with that reason.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path work;
    private static BundledGraph graph;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                   "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        graph = new BundledGraph(Files.createDirectory(work.resolve("dumps")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these Chromium keeps trying to reach Google's services.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectory(work.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                                                                       .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (graph != null)
            graph.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void document_page_renders_its_text_paragraph_by_paragraph() {
        browser.get(graph.origin() + "/id/doc/A/RES/78/311");
        assertEquals(graph.origin() + "/page/doc/A/RES/78/311", browser.getCurrentUrl());
        List<WebElement> paragraphs = browser.findElements(By.cssSelector("article.version p.text-paragraph"));
        assertEquals(30, paragraphs.size());
        assertTrue(paragraphs.get(0).isDisplayed());
        assertEquals("ar", paragraphs.get(0).findElement(By.xpath("ancestor::article")).getAttribute("lang"));
        // the paragraphs as data are folded away below the text
        assertFalse(browser.findElement(By.cssSelector("li.paragraph")).isDisplayed());
    }

    @Test
    void document_page_shows_one_language_version_or_two_side_by_side() {
        browser.get(graph.origin() + "/page/doc/A/RES/79/1");
        List<WebElement> versions = browser.findElements(By.cssSelector("article.version"));
        assertEquals(6, versions.size());
        assertEquals(1, versions.stream().filter(WebElement::isDisplayed).count());
        browser.findElement(By.cssSelector("nav.version-switch button[data-lang=fr]")).click();
        assertEquals(List.of("fr"), versions.stream().filter(WebElement::isDisplayed).map(v -> v.getAttribute("lang")).toList());
        new Select(browser.findElement(By.cssSelector("select.second"))).selectByValue("ar");
        browser.findElement(By.cssSelector("input.side-by-side")).click();
        assertEquals(List.of("ar", "fr"), versions.stream().filter(WebElement::isDisplayed).map(v -> v.getAttribute("lang")).toList());
        // the page held the English words: the French and Arabic ones are fetched when shown
        waiting().until(d -> !d.findElements(By.cssSelector("article.version[lang=ar] p.text-paragraph")).isEmpty()
                             && !d.findElements(By.cssSelector("article.version[lang=fr] p.text-paragraph")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("article.version[lang=ru] p.text-paragraph")).isEmpty());
        assertTrue(browser.getCurrentUrl().endsWith("/page/doc/A/RES/79/1?lang=fr&second=ar"), browser.getCurrentUrl());
        // French, chosen first, stands first
        assertEquals("0", script("return getComputedStyle(document.querySelector('article.version[lang=fr]')).order"));
        assertEquals("1", script("return getComputedStyle(document.querySelector('article.version[lang=ar]')).order"));
        assertEquals("rtl", script("return getComputedStyle(document.querySelector('article.version[lang=ar] p.text-paragraph')).direction"));
        assertEquals(Boolean.TRUE, script("return document.querySelector('div.versions').classList.contains('side-by-side')"));
    }

    /** A note's call, raised where the sentence calls it, leads to the note, and the note back to the call. */
    @Test
    void footnote_call_leads_to_its_note_and_back() {
        browser.get(graph.origin() + "/page/doc/A/RES/79/1?lang=en");
        WebElement call = browser.findElement(By.cssSelector("#para-10-en sup.note a"));
        assertEquals("super", script("return getComputedStyle(document.querySelector('#para-10-en sup.note')).verticalAlign"));
        call.click();
        assertTrue(browser.getCurrentUrl().endsWith("#fn-1-en"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("#fn-1-en a.back")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#call-1-en"), browser.getCurrentUrl());
    }

    @Test
    void arabic_text_is_laid_out_right_to_left() {
        browser.get(graph.origin() + "/page/doc/A/RES/78/311");
        assertEquals("rtl", script("return getComputedStyle(document.querySelector('h1')).direction"));
        assertEquals("rtl", script("return getComputedStyle(document.querySelector('article.version p.text-paragraph')).direction"));
        assertEquals("ltr", script("return getComputedStyle(document.querySelector('p.iri')).direction"));
    }

    @Test
    void document_page_draws_its_citation_neighbourhood() {
        browser.get(graph.origin() + "/page/doc/A/RES/78/311");
        waiting().until(d -> script("return window.dcgraphPicture ? window.dcgraphPicture.nodes().length : 0") instanceof Long n && n > 1);
        assertEquals(Boolean.TRUE, script("return window.dcgraphPicture.getElementById('https://w3id.org/dcgraph/id/doc/A/RES/217(III)').nonempty()"));
        assertTrue(browser.findElements(By.cssSelector("#graph canvas")).size() > 0);
    }

    @Test
    void home_page_asks_nothing_of_other_sites() {
        // Records every XMLHttpRequest and fetch a page makes, before its own scripts run.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.dcgraphRequests = [];
                const open = XMLHttpRequest.prototype.open;
                XMLHttpRequest.prototype.open = function (method, url) {
                  window.dcgraphRequests.push(new URL(url, location.href).href);
                  return open.apply(this, arguments);
                };
                const fetching = window.fetch;
                window.fetch = function (resource) {
                  window.dcgraphRequests.push(new URL(resource.url || resource, location.href).href);
                  return fetching.apply(this, arguments);
                };
                """));
        browser.get(graph.origin() + "/");
        waiting().until(d -> script("return window.dcgraphYasgui ? true : false").equals(Boolean.TRUE));
        // the editor's prefix completion, offered the graph's own prefixes
        script("window.dcgraphYasgui.getTab().getYasqe().setValue('PREFIX dc'); window.dcgraphYasgui.getTab().getYasqe().autocomplete()");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) script("return window.dcgraphRequests.concat("
                + "performance.getEntriesByType('resource').map(e => e.name))");
        assertTrue(requested.size() > 3, requested.toString());
        assertEquals(List.of(), requested.stream().filter(url -> !url.startsWith(graph.origin() + "/")).toList());
    }

    @Test
    void search_shows_matching_paragraphs_with_the_words_marked() {
        browser.get(graph.origin() + "/search?q=" + java.net.URLEncoder.encode("\"artificial intelligence\"", java.nio.charset.StandardCharsets.UTF_8)
                    + "&lang=en");
        List<WebElement> hits = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("ol.hits li"));
            return found.isEmpty() ? null : found;
        });
        assertEquals("artificial intelligence", hits.get(0).findElement(By.cssSelector("mark")).getText().toLowerCase(java.util.Locale.ROOT));
        List<String> documents = hits.stream().map(hit -> hit.findElements(By.cssSelector("p.source a")).get(1).getAttribute("href")).toList();
        assertTrue(documents.contains(graph.origin() + "/page/doc/A/78/L.86"), documents.toString());
        assertEquals("en", browser.findElement(By.cssSelector("form.search select[name=lang]")).getAttribute("value"));
    }

    @Test
    void sparql_editor_runs_a_named_query_and_shows_rows() {
        browser.get(graph.origin() + "/");
        waiting().until(d -> script("return window.dcgraphYasgui ? true : false").equals(Boolean.TRUE));
        WebElement tab = waiting().until(d -> d.findElements(By.xpath("//*[contains(@class,'tabsList')]//a[span[normalize-space(.)='documents']]"))
                                              .stream().findFirst().orElse(null));
        tab.click();
        WebElement run = waiting().until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasqe_queryButton")).stream().findFirst().orElse(null));
        run.click();
        waiting().until(d -> !d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).isEmpty());
        String results = browser.findElement(By.cssSelector(".tabPanel.active .yasr table")).getText();
        assertTrue(results.contains("A/RES/78/311"), results);
        assertTrue(results.contains("A/78/L.86"), results);
    }
}
