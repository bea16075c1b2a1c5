package org.dcgraph.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the numbers of UN symbols cited in Arabic text in the order the UN prints them in English.
 * The text layer of an Arabic PDF stores {@code 78/311} as {@code 311/78} and ECOSOC's {@code 2023/3} as
 * {@code 3/2023}, while Arabic text from other sources (the UN's XML, web pages) keeps the English order.
 * Which order a text follows is read from the text itself: in a reversed text a number above any
 * session number stands before a session number (311/78) and a year after a number (3/2023); in a text
 * in English order, the other way round. Without such evidence the text is taken as a PDF's. Early
 * resolutions appear as {@code 217 ألف (د-3)} for 217 A (III). Symbols in Latin letters ({@code A/78/L.86})
 * are left alone.
 */
final class ArabicNumberOrder {
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?<![\\p{IsLatin}\\d/.\\-])(\\d{1,4})/(\\d{1,4})(?![\\d/]|\\.\\d)");
    private static final Pattern EARLY_SESSION =
            Pattern.compile("(\\d+)(?:\\s+(" + PartLetters.ARABIC + "))?\\s*\\(د\\s*إ?\\s*-\\s*(\\d+)\\)");
    /** Above any session number the General Assembly will reach for decades. */
    private static final int HIGHEST_SESSION = 150;
    private static final int FIRST_YEAR = 1946;
    private static final int LAST_YEAR = 2100;

    private ArabicNumberOrder() {}

    static MappedText apply(MappedText in) {
        MappedText text = reversed(in.text())
                ? in.replaceAll(NUMBER_PAIR, m -> m.group(2) + "/" + m.group(1))
                : in;
        return text.replaceAll(EARLY_SESSION, m -> {
            String part = m.group(2) == null ? "" : " " + PartLetters.latin(m.group(2));
            boolean special = m.group().contains("إ");
            return m.group(1) + part + " (" + (special ? "S-" : "") + Roman.of(Integer.parseInt(m.group(3))) + ")";
        });
    }

    /** Whether the number pairs of the text read right to left, by the vote of the unambiguous ones. */
    static boolean reversed(String text) {
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

    /** ECOSOC numbers its resolutions by year, from its first session in 1946. */
    private static boolean isYear(int n) {
        return n >= FIRST_YEAR && n <= LAST_YEAR;
    }
}
