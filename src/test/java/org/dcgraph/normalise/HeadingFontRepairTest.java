package org.dcgraph.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word list of the damaged Arabic heading font, checked against the words of the clean Arabic documents
 * of the corpus: the two resolutions bundled with the jar and the excerpt of 78/69 made from the UN's XML.
 */
class HeadingFontRepairTest {
    private static final List<String> CLEAN_ARABIC = List.of(Fixtures.RES_78_311_AR, Fixtures.RES_78_132_AR, "corpus-extra/res-78-69-ar-excerpt.txt");
    /**
     * Repaired words the clean documents do not happen to use, each checked by hand against the road map's own
     * body font, which prints them with other damage (the table of contents, the summary, the paragraphs).
     */
    private static final Map<String, String> NOT_IN_THE_CLEAN_DOCUMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("مقدمة", "section II; the contents list prints مقدما"),
            Map.entry("ومجتمع", "section III.A; paragraph 2 prints ومجتمع"),
            Map.entry("رقميان", "section III.A; the contents list prints رقميان"),
            Map.entry("والمؤسسية", "section III.B; the contents list prints والمؤسسيا"),
            Map.entry("حقوق", "section III.C; paragraph 38 prints حقوق"),
            Map.entry("وإرادة", "section III.C; the contents list prints وا رادة"),
            Map.entry("الثقة", "sections III.D and IV; the contents list prints الغقا"),
            Map.entry("ملاحظات", "section IV; the contents list prints م حظا"),
            Map.entry("الرقميان", "recommendation 4; paragraph 90 prints الرقميين"),
            Map.entry("والخصوصية", "heading before paragraph 43; paragraph 44 prints الخ و يا"),
            Map.entry("تقنيات", "heading before paragraph 49"),
            Map.entry("المراقبة", "heading before paragraph 49; paragraph 49 prints المراقبا"),
            Map.entry("التحرش", "heading before paragraph 51; paragraph 51 prints للتحرإ"),
            Map.entry("ومنبر", "heading before paragraph 73"),
            Map.entry("المنسقان", "agenda item 14; the Arabic agenda of the seventy-fourth session"),
            Map.entry("هاء", "letter of section III.E; the contents list prints -هاء"),
            Map.entry("جيم", "letter of section III.C; the contents list prints -جيم"),
            Map.entry("المحتوى", "heading before paragraph 51; paragraph 52 prints المحتوى"),
            Map.entry("والحاجة", "heading before paragraph 51"),
            Map.entry("حماية", "heading before paragraph 43; paragraph 44 prints حمايا"),
            Map.entry("المستوى", "title; the summary prints المستوى"),
            Map.entry("اقتصاد", "section III.A; the contents list prints اقت اد"),
            Map.entry("التوصية", "recommendation headings; paragraph 55 prints تو يا"),
            Map.entry("التوصيتان", "recommendation headings of 1C and 1D, 3A and 3B, 5A and 5B"),
            Map.entry("قدما", "section IV; the contents list and paragraph 5 print قدما")));

    private static Set<String> cleanWords;

    @BeforeAll
    static void readCleanDocuments() {
        cleanWords = new HashSet<>();
        for (String resource : CLEAN_ARABIC) {
            String text = TextNormaliser.normalise(new String(Fixtures.bytes(resource), StandardCharsets.UTF_8)).text();
            for (String w : text.split("[^\\p{L}\\p{M}]+")) if (!w.isEmpty()) cleanWords.add(w);
        }
    }

    @Test
    void everyRepairedWordIsAWordOfTheCleanDocumentsOrListedWithWhereItWasChecked() {
        Set<String> missing = new java.util.TreeSet<>();
        for (String word : HeadingFontRepair.instance().words().values()) {
            if (!cleanWords.contains(word) && !NOT_IN_THE_CLEAN_DOCUMENTS.containsKey(word)) missing.add(word);
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noPrintedFormIsItselfAWordOfTheCleanDocuments() {
        Set<String> clashes = new java.util.TreeSet<>();
        for (String printed : HeadingFontRepair.instance().words().keySet()) {
            for (String part : printed.split(" ")) if (cleanWords.contains(part) && !printed.contains(" ")) clashes.add(printed);
            if (!printed.contains(" ") && cleanWords.contains(printed)) clashes.add(printed);
        }
        assertEquals(Set.of(), clashes);
    }

    @Test
    void aRecommendationHeadingIsRepairedWordByWord() {
        assertEquals("التوصية 1 (العالمي الإلكتروني)الاتصال ألف", HeadingFontRepair.instance().repair("التومية 1 (العالمت الإلكترونت)الاتمال ألف"));
    }

    @Test
    void wordsWithASpaceWhereALetterWasAreRepairedWhole() {
        assertEquals("بناء القدرات الرقمية", HeadingFontRepair.instance().repair("بناء ال درال الرجمية"));
        assertEquals("حقوق الإنسان وإرادة الإنسان", HeadingFontRepair.instance().repair("وق الإنسان وا رادة الإنسان"));
    }

    @Test
    void theStretchingStrokeThatTheFontPrintsAsQafIsRemoved() {
        assertEquals("تنفيذ توصيات الفريق", HeadingFontRepair.instance().repair("تنفيذ تومققيال الفريق"));
    }

    @Test
    void wordsOfCleanTextAreLeftAlone() {
        String clean = "النظر في توصيات الفريق الرفيع المستوى المعني بالتعاون الرقمي";
        assertEquals(clean, HeadingFontRepair.instance().repair(clean));
    }

    @Test
    void theListDocumentsWhyEachWordIsRepaired() {
        String list = new String(Fixtures.bytes("normalise/arabic-heading-font.tsv"), StandardCharsets.UTF_8);
        assertTrue(list.contains("ق initial -> ج, ق medial -> space"));
        assertTrue(HeadingFontRepair.instance().words().size() > 60);
    }
}
