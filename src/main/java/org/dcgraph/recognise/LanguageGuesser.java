package org.dcgraph.recognise;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a document from its letters and its commonest words. Arabic script is Persian
 * when the letters Arabic lacks (پ چ ژ گ) are frequent, or when the Persian forms of yeh and kaf (ی ک)
 * are and the ta marbuta (ة) that every Arabic text is full of is not: PDF layers of Arabic texts
 * sometimes write yeh and kaf in their Persian forms, never ta marbuta away. Latin script is told apart
 * by function words, which are frequent enough in any UN text to be decisive.
 */
public final class LanguageGuesser {
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LETTER_ARABIC_LACKS = Pattern.compile("[پچژگ]");
    private static final Pattern PERSIAN_YEH_KAF = Pattern.compile("[یک]");
    private static final Pattern TA_MARBUTA = Pattern.compile("ة");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "its", "with", "that"),
            "fr", Set.of("le", "la", "les", "des", "et", "du", "sur", "dans", "une"),
            "es", Set.of("el", "la", "los", "las", "y", "del", "en", "sobre", "una"));

    private LanguageGuesser() {}

    public static String guess(String text) {
        int arabic = count(ARABIC_SCRIPT, text);
        int latin = count(LATIN, text);
        int cyrillic = count(CYRILLIC, text);
        int han = count(HAN, text);
        int max = Math.max(Math.max(arabic, latin), Math.max(cyrillic, han));
        if (max == 0) return null;
        if (max == arabic) return isPersian(text, arabic) ? "fa" : "ar";
        if (max == cyrillic) return "ru";
        if (max == han) return "zh";
        return latinLanguage(text);
    }

    private static boolean isPersian(String text, int arabicScript) {
        if (count(LETTER_ARABIC_LACKS, text) * 200 > arabicScript) return true;
        return count(TA_MARBUTA, text) * 200 < arabicScript && count(PERSIAN_YEH_KAF, text) * 50 > arabicScript;
    }

    private static String latinLanguage(String text) {
        Map<String, Integer> scores = new java.util.HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            FUNCTION_WORDS.forEach((lang, words) -> {
                if (words.contains(w)) scores.merge(lang, 1, Integer::sum);
            });
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
