package org.dcgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.reference.LanguageFiles;

/**
 * How the UN prints the parts of a report in each language, matched against folded text: the line that says
 * whose report it is, the numerals of its sections and the letters of their sub-sections (in Arabic the
 * words أولا, ثانيا ... and ألف, باء ...; a text layer in visual order puts them after the title), and the
 * headings that name recommendations being followed up ("Recommendations 1C and 1D", "التوصيتان 1 جيم و 1 دال"); how
 * a document says which request it answers, ending where the request is named ("The present report is submitted
 * pursuant to "), and how it names a paragraph of it (group 1 the number), for {@link AnswerReader}.
 * Read from the section {@code report} of each language's file ({@link LanguageFiles}).
 */
record ReportConventions(Pattern reportOfSecretaryGeneral, List<String> numerals, List<String> letters,
                         Pattern recommendationHeading, Pattern recommendationLetter, Pattern answersMandate,
                         Pattern answeredParagraph) {

    /** Sections and sub-sections are keyed by their English-language numeral and letter in every language. */
    private static final String KEY_LANGUAGE = "en";
    private static final Map<String, ReportConventions> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : LanguageFiles.languages()) {
            BY_LANGUAGE.put(language, LanguageFiles.read(language, "report", ReportConventions.class,
                    Map.of("partLetter", PartLetters.ARABIC), MatchFolding::fold));
        }
    }

    static ReportConventions of(String language) {
        return BY_LANGUAGE.get(language);
    }

    /** The Roman numeral of the n-th section, from 1. */
    static String roman(int n) {
        return BY_LANGUAGE.get(KEY_LANGUAGE).numerals().get(n - 1);
    }

    /** The Latin letter of the n-th sub-section, from 1. */
    static String latinLetter(int n) {
        return BY_LANGUAGE.get(KEY_LANGUAGE).letters().get(n - 1);
    }
}
