package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.link.SourceComparison;
import org.dcgraph.link.SourceDisagreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The UN's Akoma Ntoso text of a resolution as a check on the text extractor: for each bundled resolution,
 * what the text pipeline extracted against what the markup says. Where they differ, the test names the
 * difference, which the build report lists too.
 */
class AknAgreesWithTextTest {
    private static List<SourceDisagreement> compare(String text, String akn) throws ExtractionException {
        return SourceComparison.compare(List.of(Fixtures.extract(text), Fixtures.readAkn(akn).get(0)));
    }

    private static String differences(String text, String akn) throws ExtractionException {
        return String.join("; ", compare(text, akn).stream().map(d -> d.fact() + " " + d.textValue() + "/" + d.markupValue()).toList());
    }

    @ParameterizedTest(name = "{0} agrees with {1} on date, agenda item and paragraph counts")
    @CsvSource({
            "corpus-extra/res-78-311-en.txt, akn/A_RES_78_311-2412313E.xml",
            "corpus-extra/res-78-311-fr.txt, akn/A_RES_78_311-2412313F.xml",
            "corpus-extra/res-78-311-es.txt, akn/A_RES_78_311-2412313S.xml",
            "corpus-extra/res-78-311-ru.txt, akn/A_RES_78_311-2412313R.xml",
            "corpus-extra/res-78-311-zh.txt, akn/A_RES_78_311-2412313C.xml",
            "corpus-extra/res-78-132-ru.txt, akn/A_RES_78_132-2325902R.xml",
            "corpus-extra/res-78-132-zh.txt, akn/A_RES_78_132-2325902C.xml",
            "corpus/000_ee7c7ba4905485ec.txt, akn/A_RES_78_311-2412313A.xml",
            "corpus/003_8c8d547b68540b12.txt, akn/A_RES_78_132-2325902A.xml",
            "corpus-extra/res-78-311-ar-logical.txt, akn/A_RES_78_311-2412313A.xml",
            "corpus-extra/res-80-15-ar-logical.txt, akn/A_RES_80_15-2519973A.xml",
            "corpus-extra/res-78-132-en.txt, akn/A_RES_78_132-2325902E.xml",
            "corpus-extra/res-78-105-en.txt, akn/A_RES_78_105-2324971E.xml",
            "corpus-extra/res-78-247-en.txt, akn/A_RES_78_247-2326261E.xml",
            "corpus-extra/res-78-248-en.txt, akn/A_RES_78_248-2326262E.xml"})
    void textAndMarkupAgree(String text, String akn) throws ExtractionException {
        assertEquals("", differences(text, akn));
    }

    @ParameterizedTest(name = "{0} and {1} differ: {2}")
    @CsvSource(delimiter = '|', value = {
            "corpus-extra/res-78-148-en.txt | akn/A_RES_78_148-2325914E.xml | preambular paragraphs 30/34"})
    void knownDisagreementsAreFoundAndNamed(String text, String akn, String expected) throws ExtractionException {
        assertEquals(expected, differences(text, akn));
    }

    @ParameterizedTest(name = "{0}: every paragraph opens with the same phrase as in {1}")
    @CsvSource({
            "corpus-extra/res-78-311-en.txt, akn/A_RES_78_311-2412313E.xml",
            "corpus-extra/res-78-311-fr.txt, akn/A_RES_78_311-2412313F.xml",
            "corpus-extra/res-78-311-es.txt, akn/A_RES_78_311-2412313S.xml",
            "corpus-extra/res-78-311-ru.txt, akn/A_RES_78_311-2412313R.xml",
            "corpus-extra/res-78-311-zh.txt, akn/A_RES_78_311-2412313C.xml",
            "corpus-extra/res-78-132-ru.txt, akn/A_RES_78_132-2325902R.xml",
            "corpus-extra/res-78-132-zh.txt, akn/A_RES_78_132-2325902C.xml",
            "corpus-extra/res-78-311-ar-logical.txt, akn/A_RES_78_311-2412313A.xml",
            "corpus-extra/res-80-15-ar-logical.txt, akn/A_RES_80_15-2519973A.xml",
            "corpus-extra/res-78-132-en.txt, akn/A_RES_78_132-2325902E.xml",
            "corpus-extra/res-78-105-en.txt, akn/A_RES_78_105-2324971E.xml",
            "corpus-extra/res-78-247-en.txt, akn/A_RES_78_247-2326261E.xml"})
    void openingPhrasesAgree(String text, String akn) throws ExtractionException {
        assertEquals(phrases(Fixtures.extract(text)), phrases(Fixtures.readAkn(akn).get(0)));
    }

    @ParameterizedTest(name = "{0}: every paragraph cites what it cites in {1}")
    @CsvSource({
            "corpus-extra/res-78-311-en.txt, akn/A_RES_78_311-2412313E.xml",
            "corpus-extra/res-78-105-en.txt, akn/A_RES_78_105-2324971E.xml",
            "corpus-extra/res-78-248-en.txt, akn/A_RES_78_248-2326262E.xml"})
    void citationsAgree(String text, String akn) throws ExtractionException {
        assertEquals(cited(Fixtures.extract(text)), cited(Fixtures.readAkn(akn).get(0)));
    }

    private static List<String> phrases(ExtractedDocument d) {
        return d.paragraphs().stream().map(p -> p.phrase() == null ? "-" : p.phrase().english()).toList();
    }

    private static List<List<String>> cited(ExtractedDocument d) {
        return d.paragraphs().stream().map(Paragraph::citations)
                .map(cs -> cs.stream().map(c -> c.symbol()).sorted().toList()).toList();
    }
}
