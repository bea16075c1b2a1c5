package org.dcgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.PartLetters;

/**
 * How the UN prints the parts of a report in each language, matched against folded text: the line that says
 * whose report it is, the numerals of its sections and the letters of their sub-sections (in Arabic the
 * words أولا, ثانيا ... and ألف, باء ...; a text layer in visual order puts them after the title), and the
 * headings that name recommendations being followed up ("Recommendations 1C and 1D", "التوصيتان 1 جيم و 1 دال").
 */
record ReportConventions(Pattern reportOfSecretaryGeneral, List<String> numerals, List<String> letters,
                         Pattern recommendationHeading, Pattern recommendationLetter) {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
    private static final List<String> LATIN_LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H");

    private static final Map<String, ReportConventions> BY_LANGUAGE = Map.of(
            "en", new ReportConventions(p("Report of the Secretary-General"), ROMAN, LATIN_LETTERS,
                    p("^Recommendations?\\s+\\d"), p("(?<=\\d)([A-D])\\b")),
            "ar", new ReportConventions(p("تقرير الأمين العام"),
                    List.of("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"),
                    List.of("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"),
                    p("^(?:التوصية|التوصيتان|التوصيات)(?![\\p{L}])"), p("(?<![\\p{L}])(" + PartLetters.ARABIC + ")(?![\\p{L}])")),
            "fr", new ReportConventions(p("Rapport du Secrétaire général"), ROMAN, LATIN_LETTERS,
                    p("^Recommandations?\\s+\\d"), p("(?<=\\d)([A-D])\\b")),
            "es", new ReportConventions(p("Informe del Secretario General"), ROMAN, LATIN_LETTERS,
                    p("^Recomendaci(?:ón|ones)\\s+\\d"), p("(?<=\\d)([A-D])\\b")));

    static ReportConventions of(String language) {
        return BY_LANGUAGE.get(language);
    }

    /** The Roman numeral of the n-th section, from 1. */
    static String roman(int n) {
        return ROMAN.get(n - 1);
    }

    /** The Latin letter of the n-th sub-section, from 1. */
    static String latinLetter(int n) {
        return LATIN_LETTERS.get(n - 1);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(MatchFolding.fold(regex));
    }
}
