package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Persian journal article of the bundled corpus: "Global governance of artificial intelligence in the
 * service of humanity's interests and the role of the United Nations", in the quarterly علوم خبری (News
 * Sciences), volume 14, issue 1, pages 50-75. Its text layer writes several lines in visual order.
 */
class ScholarlyArticleExtractionTest {
    private static ScholarlyArticle article;

    @BeforeAll
    static void extract() throws ExtractionException {
        article = new Pipeline(Fixtures.REFERENCE).extractArticle(SourceFile.of(Fixtures.ARTICLE_FA, Fixtures.bytes(Fixtures.ARTICLE_FA)));
    }

    @Test
    void isPersian() {
        assertEquals("fa", article.language());
    }

    @Test
    void authorsComeInTheOrderOfTheirAffiliationNumbersWithoutTheirTitles() {
        assertEquals(List.of("شیوا شکرالهی", "رویا معتمدنژاد"), article.authors());
    }

    /** The layer prints it "ملل سازمان و نقش  تی در خدمت منافع بشر ی هوش مصنوع یجهان  ی حکمران". */
    @Test
    void titleFromTheVisualOrderCitationLineIsPutBackInReadingOrder() {
        assertEquals("حکمرانی جهانی هوش مصنوعی در خدمت منافع بشریت و نقش سازمان ملل", article.title());
    }

    @Test
    void noEnglishTitleSinceTheTextGivesNone() {
        assertNull(article.englishTitle());
    }

    @Test
    void journalVolumeIssueAndPagesComeFromTheRunningHeaderAndTheCitationLine() {
        assertEquals("علوم خبری", article.journal());
        assertEquals(14, article.volume());
        assertEquals(1, article.issue());
        assertEquals(50, article.firstPage());
        assertEquals(75, article.lastPage());
        assertEquals("1403", article.citationYear());
    }

    @Test
    void solarHijriDatesAreKeptDayMonthYearWhateverOrderTheLayerPrintsThemIn() {
        assertEquals(List.of("26/6/1403", "15/7/1403", "18/10/1403", "30/3/1404"),
                article.dates().stream().map(SolarHijriDate::printed).toList());
        assertEquals(List.of(SolarHijriDate.Role.RECEIVED, SolarHijriDate.Role.REVISED, SolarHijriDate.Role.ACCEPTED, SolarHijriDate.Role.PUBLISHED),
                article.dates().stream().map(SolarHijriDate::role).toList());
    }

    @Test
    void solarHijriDatesConvertToTheGregorianDaysOfTheSameEvents() {
        assertEquals(List.of(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 10, 6), LocalDate.of(2025, 1, 7), LocalDate.of(2025, 6, 20)),
                article.dates().stream().map(SolarHijriDate::gregorian).toList());
    }

    @Test
    void firstOfFarvardinIsTheMarchEquinoxDay() {
        assertEquals(LocalDate.of(2024, 3, 20), new SolarHijriDate(SolarHijriDate.Role.PUBLISHED, "1/1/1403", 1403, 1, 1).gregorian());
    }

    @Test
    void keywordsWrittenInVisualOrderGetTheirWordsBack() {
        assertEquals(List.of("هوش مصنوعی", "سازمان ملل", "منافع بشریت", "حکمرانی جهانی"), article.keywords());
    }

    @Test
    void partsAreTheEnglishAndPersianAbstractsThenTheBodySectionsUpToTheReferences() {
        assertEquals(List.of("abstract/en", "abstract/fa", "sec/introduction", "sec/1", "sec/2", "sec/3", "sec/4", "sec/5", "sec/conclusion"),
                article.parts().stream().map(ArticlePart::key).toList());
        assertEquals(List.of("en", "fa", "fa", "fa", "fa", "fa", "fa", "fa", "fa"),
                article.parts().stream().map(ArticlePart::language).toList());
    }

    @Test
    void englishAbstractOpensWithItsObjectives() {
        assertEquals("Objectives: The purpose of this research is to analyze", article.parts().get(0).text().substring(0, 54));
    }

    @Test
    void numberedSectionsKeepTheirHeadings() {
        assertEquals("پیشینه اقدامات سازمان ملل متحد در زمینه هوش مصنوعی", article.parts().get(3).title());
        assertEquals("لزوم چارچوب جهانی هوش مصنوعی", article.parts().get(7).title());
    }

    @Test
    void slugIsTheFirstAuthorsSurnameTheYearAndTheFirstWordsOfTheTitleInAscii() {
        assertEquals("shkralhy-1403-hkmrany-jhany-hwsh", ArticleExtractor.slug(article));
    }

    @Test
    void aResolutionIsNotReadAsAnArticle() {
        assertThrows(ExtractionException.class, () -> new Pipeline(Fixtures.REFERENCE)
                .extractArticle(SourceFile.of(Fixtures.RES_78_311_AR, Fixtures.bytes(Fixtures.RES_78_311_AR))));
    }
}
