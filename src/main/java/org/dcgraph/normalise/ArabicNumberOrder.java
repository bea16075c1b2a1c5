package org.dcgraph.normalise;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts the numbers of UN symbols cited in Arabic text back in the order the UN prints them in English.
 * An Arabic text layer stores {@code 78/311} as {@code 311/78} and ECOSOC's {@code 2023/3} as
 * {@code 3/2023}; resolutions of the first sessions appear as {@code 217 ألف (د-3)} for 217 A (III).
 * Symbols written in Latin letters ({@code A/78/L.86}) are already in order and are left alone.
 */
final class ArabicNumberOrder {
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?<![\\p{IsLatin}\\d/.\\-])(\\d{1,4})/(\\d{1,4})(?![\\d/]|\\.\\d)");
    private static final Pattern EARLY_SESSION = Pattern.compile("(\\d+)(?:\\s+(ألف|باء|جيم|دال|هاء))?\\s*\\(د\\s*إ?\\s*-\\s*(\\d+)\\)");
    private static final Map<String, String> PART_LETTERS = Map.of("ألف", "A", "باء", "B", "جيم", "C", "دال", "D", "هاء", "E");

    private ArabicNumberOrder() {}

    static MappedText apply(MappedText in) {
        return in.replaceAll(NUMBER_PAIR, m -> m.group(2) + "/" + m.group(1))
                .replaceAll(EARLY_SESSION, m -> {
                    String part = m.group(2) == null ? "" : " " + PART_LETTERS.get(m.group(2));
                    boolean special = m.group().contains("إ");
                    return m.group(1) + part + " (" + (special ? "S-" : "") + Roman.of(Integer.parseInt(m.group(3))) + ")";
                });
    }
}
