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

    /**
     * The letters of agenda sub-items as the six languages print them: Latin, the Russian а-е (Cyrillic, in the
     * order of that alphabet) and the Arabic أ ب ج د هـ (in abjad order), as a regular-expression character class.
     */
    public static final String SUB_ITEMS = "[a-zа-еأبجده]";
    private static final Map<String, String> SUB_ITEM_LATIN = Map.of(
            "а", "a", "б", "b", "в", "c", "г", "d", "д", "e", "е", "f", "أ", "a", "ب", "b", "ج", "c", "د", "d");

    private PartLetters() {}

    /** The Latin letter of an agenda sub-item ("а" and "أ" are "a"); Arabic writes its fifth as هـ. */
    public static String subItem(String printed) {
        if (printed.equals("ه")) return "e";
        return SUB_ITEM_LATIN.getOrDefault(printed, printed);
    }

    /** The Latin letter for a part letter printed in Latin or spelt in Arabic. */
    public static String latin(String printed) {
        return LATIN.getOrDefault(printed, printed);
    }
}
