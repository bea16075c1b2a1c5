package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dcgraph.Fixtures;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Secretary-General's road map for digital cooperation, A/74/821, in Arabic, whose text layer is damaged:
 * written in visual order, its headings in a font that substitutes letters, its footnotes between the pages.
 */
class RoadMapExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(Fixtures.ROAD_MAP_AR);
    }

    private static Paragraph paragraph(int n) {
        return doc.paragraphs().stream().filter(p -> p.number() == n).findFirst().orElseThrow();
    }

    private static Footnote footnote(int n) {
        return doc.footnotes().stream().filter(f -> f.number() == n).findFirst().orElseThrow();
    }

    private static Section section(String label) {
        return doc.sections().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void headerGivesSymbolSessionAgendaItemAndAuthor() {
        assertEquals(Genre.UN_REPORT, doc.genre());
        assertEquals("ar", doc.language());
        assertEquals("A/74/821", doc.symbol());
        assertEquals(74, doc.session());
        assertEquals(14, doc.agendaItem());
        assertEquals("SG", doc.report().author());
    }

    @Test
    void theIssueDateIsNotInTheTextLayerSoNoneIsGiven() {
        // The cover page with "29 May 2020" is missing from this text; only the job number 20-05913 remains.
        assertNull(doc.date());
    }

    @Test
    void titleIsRepairedAndPutInReadingOrderWithThePrintedTitleKept() {
        assertEquals("خريطة طريق من أجل التعاون الرقمي: تنفيذ توصيات الفريق الرفيع المستوى المعني بالتعاون الرقمي", doc.title());
        assertEquals("المسققتو خريطة طريق من أجل التعاون الرجمت: تنفيذ تومققيال الفريق الراي المعنت بالتعاون الرجمت",
                doc.report().printedTitle());
    }

    @Test
    void sectionTreeHasFourSectionsAndFiveSubSectionsWithTheirTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        doc.sections().forEach(s -> titles.put(s.label(), s.title()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("I", "معلومات أساسية");
        expected.put("II", "مقدمة");
        expected.put("III", "النظر في توصيات الفريق الرفيع المستوى المعني بالتعاون الرقمي");
        expected.put("III.A", "اقتصاد ومجتمع رقميان شاملان للجميع");
        expected.put("III.B", "القدرة البشرية والمؤسسية");
        expected.put("III.C", "حقوق الإنسان وإرادة الإنسان");
        expected.put("III.D", "الثقة والأمن والاستقرار");
        expected.put("III.E", "التعاون الرقمي العالمي");
        expected.put("IV", "ملاحظات ختامية وسبل المضي قدما");
        assertEquals(expected, titles);
        assertEquals("III", section("III.C").parentLabel());
    }

    @Test
    void recommendationHeadingsGiveEachSubSectionOfSectionThreeItsRecommendations() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        doc.sections().stream().filter(s -> !s.recommendations().isEmpty()).forEach(s -> codes.put(s.label(), s.recommendations()));
        assertEquals(Map.of("III.A", List.of("1A", "1B", "1C", "1D"), "III.B", List.of("2"), "III.C", List.of("3A", "3B", "3C"),
                "III.D", List.of("4"), "III.E", List.of("5A", "5B")), codes);
    }

    @Test
    void paragraphsUnderARecommendationHeadingAddressItsCodesUpToTheNextHeading() {
        assertEquals(List.of(), paragraph(12).recommendations());
        assertEquals(List.of("1A"), paragraph(13).recommendations());
        assertEquals(List.of("1A"), paragraph(20).recommendations());
        assertEquals(List.of("1B"), paragraph(21).recommendations());
        assertEquals(List.of("1C", "1D"), paragraph(26).recommendations());
        assertEquals(List.of("2"), paragraph(37).recommendations());
        assertEquals(List.of("3A", "3B"), paragraph(52).recommendations());
        assertEquals(List.of("3C"), paragraph(53).recommendations());
        assertEquals(List.of("4"), paragraph(65).recommendations());
        assertEquals(List.of("5A", "5B"), paragraph(68).recommendations());
        assertEquals(List.of(), paragraph(69).recommendations());
    }

    @Test
    void allNinetySixNumberedParagraphsAreReadInOrder() {
        assertEquals(96, doc.numberedCount());
        assertEquals(IntStream.rangeClosed(1, 96).boxed().toList(), doc.paragraphs().stream().map(Paragraph::number).toList());
        assertTrue(doc.paragraphs().stream().allMatch(p -> p.kind() == Paragraph.Kind.NUMBERED));
    }

    @Test
    void eachParagraphStandsInItsSection() {
        assertEquals("I", paragraph(5).section());
        assertEquals("II", paragraph(6).section());
        assertEquals("III.A", paragraph(13).section());
        assertEquals("III.B", paragraph(33).section());
        assertEquals("III.C", paragraph(57).section());
        assertEquals("III.D", paragraph(58).section());
        assertEquals("III.E", paragraph(68).section());
        assertEquals("IV", paragraph(96).section());
    }

    @Test
    void paragraphNumbersPrintedAtTheEndOfALineOpenTheirParagraphWithItsWordsInReadingOrder() {
        assertTrue(paragraph(1).text().startsWith("في تموز/يولي 2018 شكل الأمين العام فريقا رفيع المستوى معنيا بالتعاون الرقمي"),
                paragraph(1).text());
        assertTrue(paragraph(2).text().startsWith("وأكمل الفريق مداولات وقدم تقريره الن احي المعنون ”ع ر الترابا الرقمي“ في حزيران/يوني 2019"),
                paragraph(2).text());
        assertTrue(paragraph(3).text().startsWith("وعقب دور التقريري تم الات ال بالدول الأعضاء وبيكغر من 300 من الكيانا والمنظما"),
                paragraph(3).text());
    }

    @Test
    void pageFurnitureAndFootnotesStayOutOfTheParagraphs() {
        assertTrue(doc.paragraphs().stream().noneMatch(p -> p.text().contains("A/74/821") || p.text().contains("20-05913")
                || p.text().contains("__") || p.text().contains("Juniper") || p.text().contains("http")));
        assertTrue(paragraph(10).text().contains("البيانا وحدها"), paragraph(10).text());
    }

    @Test
    void tableOfContentsIsNotReadAsSections() {
        assertEquals(9, doc.sections().size());
        assertFalse(doc.sections().stream().anyMatch(s -> s.title().contains(" و و ")));
    }

    @Test
    void allFortyNineFootnotesAreReadBetweenThePages() {
        assertEquals(IntStream.rangeClosed(1, 49).boxed().toList(), doc.footnotes().stream().map(Footnote::number).toList());
    }

    @Test
    void footnotesGiveTheirWebAddresses() {
        assertEquals(List.of("http://www.un.org/en/digital-cooperation-panel"), footnote(1).urls());
        assertEquals(List.of("https://www.missingkids.org/footer/media/keyfacts"), footnote(6).urls());
        assertEquals(List.of("https://gigaconnect.org/"), footnote(14).urls());
        assertEquals(List.of("https://digitalpublicgoods.net/"), footnote(19).urls());
        assertEquals(List.of("https://www.un.org/sg/sites/www.un.org.sg/files/atoms/files/"
                + "The_Highest_Asperation_A_Call_To_Action_For_Human_Right_English.pdf"), footnote(31).urls());
        assertEquals(List.of(), footnote(2).urls());
    }

    @Test
    void englishReferencesInFootnotesReadWithTheirMarkerFirst() {
        assertEquals("Juniper Research, “Business losses to cybercrime data breaches to exceed $5 trillion by 2024”, 27 August 2019 و",
                footnote(4).text());
        assertEquals("ITU, Global Cybersecurity Index 2018 (Geneva, 2019)و", footnote(47).text());
        assertTrue(footnote(5).text().startsWith("Nicola Jones, “How to stop data centers"), footnote(5).text());
    }

    @Test
    void markersLinkParagraphsAndHeadingsToTheirFootnotes() {
        assertEquals(List.of(1), paragraph(4).footnotes());
        assertEquals(List.of(9, 10, 11), paragraph(15).footnotes());
        assertEquals(List.of(19, 20), paragraph(24).footnotes());
        assertEquals(List.of(35, 36, 37, 38, 39, 40), paragraph(49).footnotes());
        assertEquals(List.of(7, 15, 21, 22), section("III.A").footnotes());
        assertEquals(List.of(48, 49), section("III.E").footnotes());
    }

    @Test
    void aParagraphCitesTheDocumentItNamesBySymbol() {
        assertEquals(List.of("A/70/174"), paragraph(38).citations().stream().map(Citation::symbol).toList());
    }

    @Test
    void bodiesAreFoundAsTheDamagedBodyFontPrintsTheirNames() {
        String body = "https://w3id.org/dcgraph/id/body/";
        assertTrue(paragraph(1).mentions().contains(body + "SG"), paragraph(1).mentions().toString());
        assertEquals(List.of(body + "WHO"), paragraph(61).mentions());
        assertTrue(paragraph(77).mentions().containsAll(List.of(body + "ITU", body + "UNICEF")), paragraph(77).mentions().toString());
        assertTrue(paragraph(39).mentions().contains(body + "HRC"), paragraph(39).mentions().toString());
        assertEquals(List.of(body + "C1", body + "GA"), paragraph(64).mentions());
        assertTrue(paragraph(93).mentions().contains(body + "IGF"), paragraph(93).mentions().toString());
    }
}
