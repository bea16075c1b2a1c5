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
    private static final Pattern LETTER_ARABIC_LACKS = Pattern.compile("[پچژگ]");
    private static final Pattern PERSIAN_YEH_KAF = Pattern.compile("[یک]");
    private static final Pattern TA_MARBUTA = Pattern.compile("ة");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "its", "with", "that"),
            "fr", Set.of("le", "la", "les", "des", "et", "du", "sur", "dans", "une"),
            "es", Set.of("el", "la", "los", "las", "y", "del", "en", "sobre", "una"));

    private LanguageGuesser() {}

    public static String guess(String text) {
        // the four scripts counted in one pass, each character's script looked up once (it is a binary search)
        int arabic = 0, latin = 0, cyrillic = 0, han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                default -> { }
            }
        }
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
