package org.dcgraph.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private static String clean(String s) {
        return TextNormaliser.normalise(s).text();
    }

    /** A PDF sets Chinese apart from the figures among it and wraps lines inside a sentence; the markup does neither. */
    @Test
    void chineseLosesTheSpacesAndLineBreaksOfItsLayout() {
        assertEquals("回顾其2018年12月7日第73/90号决议，其中回顾，大会在联合国系统内设立",
                clean("回顾其 2018 年 12 月 7 日第 73/90 号决议，其中回顾，大会在联合\n国系统内设立"));
        assertEquals("第七十六届会议\n\nA/RES/76/73", clean("第七十六届会议\n\nA/RES/76/73"));
    }

    @Test
    void arabicResolutionNumbersAreReadInEnglishOrder() {
        assertEquals("وإذ تشير إلى قرارها 78/311 المؤرخ", clean("وإذ تشير إلى قرارها 311/78 المؤرخ"));
    }

    @Test
    void ecosocYearFirstNumbersAreReadInEnglishOrder() {
        assertEquals("قرار المجلس الاقتصادي والاجتماعي 2023/3 المؤرخ", clean("قرار المجلس الاقتصادي والاجتماعي 3/2023 المؤرخ"));
    }

    @Test
    void arabicTextAlreadyInEnglishOrderIsLeftInIt() {
        assertEquals("وإذ تشير إلى قرارها 78/311 المؤرخ، وقرارها 70/1، وقرار المجلس 2023/3",
                clean("وإذ تشير إلى قرارها 78/311 المؤرخ، وقرارها 70/1، وقرار المجلس 2023/3"));
    }

    @Test
    void arabicTextWithoutEvidenceOfOrderIsTakenAsAPdfs() {
        assertEquals("قرارها 70/1", clean("قرارها 1/70"));
    }

    @Test
    void theSessionInWordsTellsTheOrderOfANumberLineWhoseNumbersCouldBothBeSessions() {
        String header = "الدورة الثمانون\nالبند 93 من جدول الأعمال\n\n";
        assertEquals(header + "80/15 العنوان، وقرارها 79/50", clean(header + "80/15 العنوان، وقرارها 79/50"));
        assertEquals(header + "80/15 - العنوان، وقرارها 79/50", clean(header + "15/80 - العنوان، وقرارها 50/79"));
    }

    @Test
    void theLatinSymbolOnTheFirstPageTellsTheOrderOfTheNumberLine() {
        assertEquals("A/RES/80/15\n80/15 العنوان", clean("A/RES/80/15\n80/15 العنوان"));
        assertEquals("A/RES/80/15\n80/15 - العنوان", clean("A/RES/80/15\n15/80 - العنوان"));
    }

    @Test
    void theYearOfTheAdoptionDateTellsWhichNumberIsTheSession() {
        String adopted = "قرار اتخذته الجمعية العامة في 1 كانون الأول/ديسمبر 2025\n\n";
        assertEquals(adopted + "80/15 العنوان", clean(adopted + "80/15 العنوان"));
        assertEquals(adopted + "80/15 - العنوان", clean(adopted + "15/80 - العنوان"));
    }

    @Test
    void earlyArabicResolutionsKeepTheirPrintedForm() {
        assertEquals("(1) القرار 217 ألف (د-3).", clean("(1) القرار 217 ألف (د-3)."));
    }

    @Test
    void symbolsInLatinLettersAreLeftAsTheyAre() {
        assertEquals("[دون الإحالة إلى لجنة رئيسية (A/78/L.86)] انظر A/C.2/59/3",
                clean("[دون الإحالة إلى لجنة رئيسية (A/78/L.86)] انظر A/C.2/59/3"));
    }

    @Test
    void englishTextKeepsItsNumberOrder() {
        assertEquals("its resolution 70/1 of 25 September 2015", clean("its resolution [70/1](#) of 25 September 2015"));
    }

    @Test
    void arabicIndicDigitsBecomeAsciiDigits() {
        assertEquals("الجلسة العامة 97", clean("الجلسة العامة ٩٧"));
    }

    @Test
    void tatweelIsRemoved() {
        assertEquals("بجاححا", clean("بجـاححـا"));
    }

    @Test
    void presentationFormsBecomeOrdinaryLetters() {
        assertEquals("لا", clean("\uFEFB"));
    }

    @Test
    void decomposedLettersAreComposed() {
        assertEquals("é", clean("e\u0301"));
    }

    @Test
    void footnoteMarkersOfEveryTypographyBecomeOneForm() {
        String expected = "Rights," + MarkupRemnants.marker("1");
        assertEquals(expected, clean("Rights,¹"));
        assertEquals("لحقوق الإنسان" + MarkupRemnants.marker("1") + "،", clean("لحقوق الإنسان<sup>(1)</sup>،"));
        assertEquals("المسألة" + MarkupRemnants.marker("12") + "،", clean("المسألة⁽¹²⁾،"));
    }

    @Test
    void markdownEmphasisAndHeadingsAreRemoved() {
        assertEquals("1 - تقرر سد الفجوات\nقرار اتخذته", clean("1 - **تقرر** سد الفجوات\n## قرار اتخذته"));
        assertEquals("1. Resolves to bridge", clean("1. *Resolves* to bridge"));
    }

    @Test
    void markdownLinkKeepsItsTextWithEscapesUndone() {
        assertEquals("as in resolution 78/311 [1] above", clean("as in [resolution 78/311 \\[1\\]](#fn1) above"));
    }

    @Test
    void bracketLeftOpenBeforeALongTextIsKeptAsItIs() {
        // Found by PipelineFuzz: the link pattern recursed once per character after the bracket and overflowed the stack.
        String text = "1. Decides [to " + "keep the question under review, ".repeat(2000) + "at its next session";
        assertEquals(text, clean(text));
    }

    @Test
    void pageFurnitureLinesAreDropped() {
        String text = "A/74/821\nfirst line\n20-05913 3/24\nsecond line\nA/74/821\n3/24\nthird";
        assertEquals("A/74/821\nfirst line\nsecond line\nthird", clean(text));
    }

    @Test
    void everyCleanCharacterPointsBackIntoTheSource() {
        String source = "وإذ تشير إلى قرارها 311/78<sup>(2)</sup> المؤرخ";
        MappedText t = TextNormaliser.normalise(source);
        int at = t.text().indexOf("المؤرخ");
        assertEquals(source.indexOf("المؤرخ"), t.sourceOffset(at));
    }

    @Test
    void scriptShareDecidesWhetherTextIsArabic() {
        assertTrue(TextNormaliser.mostlyArabicScript("قرار اتخذته الجمعية العامة A/78/L.86"));
        assertFalse(TextNormaliser.mostlyArabicScript("Resolution adopted by the General Assembly"));
    }

    @Test
    void aTextLayerInVisualOrderHasItsParagraphNumbersAndRunsPutBack() {
        String text = "شكل الأمين العام فريقا لتقديم ي 2018في تموز/يوليـ   - 1\n"
                + "من الكيانا  والمنظما و   300وعقب  ــــدور التقريري تم الات ــــال بالدول الأعضــــاء وبيكغر من  - 2\n"
                + "و  ( 1ك وشـككل  أفرقا مناقشـا  للنظر في تو ـيا  الفريق - 3\n";
        assertEquals("1 - في تموز/يولي 2018 شكل الأمين العام فريقا لتقديم ي\n"
                + "2 - وعقب دور التقريري تم الات ال بالدول الأعضاء وبيكغر من 300 من الكيانا والمنظما و\n"
                + "3 - وشككل أفرقا مناقشا للنظر في تو يا الفريق \uE0001\uE001 و\n", clean(text));
    }

    @Test
    void anEnglishReferenceInAVisualOrderFootnoteGetsItsMarkerFirstAndItsFullStopLast() {
        String text = "شكل الأمين العام فريقا رفيع المستوى معنيا بالتعاون الرقمي - 1\nوأكمل الفريق مداولاته وقدم تقريره - 2\n"
                + "وعقب صدور التقرير تم الاتصال بالدول الأعضاء - 3\n وITU, Global Cybersecurity Index 2018 (Geneva, 2019) (47ك \n";
        assertTrue(clean(text).endsWith("\uE00047\uE001 ITU, Global Cybersecurity Index 2018 (Geneva, 2019)و\n"), clean(text));
    }

    @Test
    void arabicTextWhoseParagraphNumbersOpenTheirLinesIsNotReordered() {
        String text = "1 - تقرر أن 2018 هو العام\n2 - تطلب إلى الأمين العام\n3 - تقرر أن تبقي المسألة قيد نظرها\n";
        assertEquals(text, clean(text));
    }
}
