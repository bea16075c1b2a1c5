package org.dcgraph.normalise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.reference.LanguageFiles;
import org.dcgraph.reference.Ordinals;

/**
 * Puts the numbers of UN symbols cited in Arabic text in the order the UN prints them in English.
 * The text layer of an Arabic PDF stores {@code 78/311} as {@code 311/78} and ECOSOC's {@code 2023/3} as
 * {@code 3/2023}, while Arabic text from other sources (the UN's XML, web pages) keeps the English order.
 * Which order a text follows is read from the text itself. A resolution says it in its header, where its
 * number line ({@code 311/78 - العنوان}, {@code 80/15 العنوان}) can be set against what the header prints
 * of the same numbers: the symbol in Latin letters ({@code A/RES/80/15}, in the same order in either text),
 * the session in words ("الدورة الثمانون"), the year of its dates (session n meets in the years 1945 + n and
 * 1946 + n). Elsewhere the number pairs vote: in a reversed text a number above any session number stands
 * before a session number (311/78) and a year after a number (3/2023); in a text in English order, the
 * other way round. Without any evidence the text is taken as a PDF's. Symbols in Latin letters
 * ({@code A/78/L.86}) are left alone, and so are early resolutions as Arabic prints them ({@code 217 ألف (د-3)}):
 * the words stay as printed, and the citation reader knows the form.
 */
final class ArabicNumberOrder {
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?<![\\p{IsLatin}\\d/.\\-])(\\d{1,4})/(\\d{1,4})(?![\\d/]|\\.\\d)");
    /** Above any session number the General Assembly will reach for decades. */
    private static final int HIGHEST_SESSION = 150;
    private static final int FIRST_YEAR = 1946;
    private static final int LAST_YEAR = 2100;
    /** The first session met in 1946; session n meets from September of 1945 + n into 1946 + n. */
    private static final int YEAR_BEFORE_FIRST_SESSION = 1945;
    /** Where a document's header ends at the latest. */
    private static final int HEAD = 4000;
    /** A line that opens with a number pair and goes on in Arabic, with or without a dash: a resolution's number line. */
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?m)^\\s*(\\d{1,4})/(\\d{1,4})(?:\\s+(?:" + PartLetters.ARABIC + "))?\\s*(?:[.\\-–]\\s*)?(?=\\p{IsArabic})");
    private static final Pattern LATIN_SYMBOL = Pattern.compile("(?<![\\w/])A/RES/(\\d{1,3})/(\\d{1,4})(?![\\d/])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[4-9]\\d|20\\d\\d)(?!\\d)");

    /** The section of the Arabic conventions file that says how a session is printed in words. */
    private record SessionWords(Pattern session) {}

    private static final Pattern SESSION_IN_WORDS = LanguageFiles.read("ar", "resolution", SessionWords.class,
            Map.of("ordinal", Ordinals.pattern("ar")), MatchFolding::fold).session();

    private ArabicNumberOrder() {}

    static MappedText apply(MappedText in) {
        return reversed(in.text()) ? in.replaceAll(NUMBER_PAIR, m -> m.group(2) + "/" + m.group(1)) : in;
    }

    /** Whether the number pairs of the text read right to left: as its header says, or by the vote of the unambiguous ones. */
    static boolean reversed(String text) {
        Boolean said = saidByHeader(text.length() > HEAD ? text.substring(0, HEAD) : text);
        if (said != null) return said;
        int votes = 0;
        Matcher m = NUMBER_PAIR.matcher(text);
        while (m.find()) {
            int left = Integer.parseInt(m.group(1));
            int right = Integer.parseInt(m.group(2));
            if (isYear(right) && !isYear(left)) votes++;
            else if (isYear(left) && !isYear(right)) votes--;
            else if (left > HIGHEST_SESSION && right <= HIGHEST_SESSION) votes++;
            else if (right > HIGHEST_SESSION && left <= HIGHEST_SESSION) votes--;
        }
        return votes >= 0;
    }

    /** Whether the number line is printed reversed, by the first evidence the header gives; null when it gives none. */
    private static Boolean saidByHeader(String head) {
        Matcher line = NUMBER_LINE.matcher(head);
        if (!line.find()) return null;
        int left = Integer.parseInt(line.group(1));
        int right = Integer.parseInt(line.group(2));
        if (left == right) return null;
        Matcher symbol = LATIN_SYMBOL.matcher(head);
        while (symbol.find()) {
            int session = Integer.parseInt(symbol.group(1));
            int number = Integer.parseInt(symbol.group(2));
            if (session == left && number == right) return false;
            if (session == right && number == left) return true;
        }
        Matcher words = SESSION_IN_WORDS.matcher(MatchFolding.fold(head));
        if (words.find()) {
            Integer session = Ordinals.parse("ar", words.group(1));
            if (session != null && (session == left) != (session == right)) return session == right;
        }
        Matcher year = YEAR.matcher(head);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            boolean leftFits = fitsYear(left, y);
            boolean rightFits = fitsYear(right, y);
            if (leftFits != rightFits) return rightFits;
        }
        return null;
    }

    /** Whether a session with this number met in this year. */
    private static boolean fitsYear(int session, int year) {
        return year - YEAR_BEFORE_FIRST_SESSION == session || year - YEAR_BEFORE_FIRST_SESSION - 1 == session;
    }

    /** ECOSOC numbers its resolutions by year, from its first session in 1946. */
    private static boolean isYear(int n) {
        return n >= FIRST_YEAR && n <= LAST_YEAR;
    }
}
