package org.dcgraph.normalise;

import java.util.Map;

/**
 * The letters that tell apart the parts of a resolution adopted in parts (78/183 A, 217 A (III)), which
 * Arabic texts spell as the letter names ألف, باء, جيم ...; symbols always use the Latin letter.
 */
public final class PartLetters {
    /** The Arabic letter names, as a regular-expression alternation. */
    public static final String ARABIC = "ألف|باء|جيم|دال|هاء";
    private static final Map<String, String> LATIN = Map.of("ألف", "A", "باء", "B", "جيم", "C", "دال", "D", "هاء", "E");

    private PartLetters() {}

    /** The Latin letter for a part letter printed in Latin or spelt in Arabic. */
    public static String latin(String printed) {
        return LATIN.getOrDefault(printed, printed);
    }
}
