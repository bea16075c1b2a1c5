package org.dcgraph.reference;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dcgraph.normalise.MatchFolding;

/**
 * Ordinal number words ("seventy-eighth", "الثامنة والسبعون", "soixante-dix-huitième") read back to
 * numbers, for sessions of the Assembly. The words come from ICU's spell-out rules in each language that has a
 * conventions file ({@link LanguageFiles}, section {@code ordinals}); a file's {@code caseForms} add the case forms
 * ICU lacks, as Arabic's genitive (-ين for -ون) that "في دورتها الثمانين" uses.
 */
public final class Ordinals {
    private static final int MAX = 200;
    private static final Map<String, Map<String, Integer>> WORDS = new HashMap<>();

    /** Letters of ordinal words and the letters that replace them in another case, wherever they stand. */
    private record Forms(Map<String, String> caseForms) {}

    static {
        for (String lang : LanguageFiles.languages()) {
            Forms forms = LanguageFiles.read(lang, "ordinals", Forms.class, Map.of(), r -> r);
            Map<String, Integer> words = new HashMap<>();
            RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : f.getRuleSetNames()) {
                if (!ruleSet.contains("ordinal")) continue;
                for (int n = 1; n <= MAX; n++) {
                    String word = key(f.format(n, ruleSet));
                    words.putIfAbsent(word, n);
                    for (Map.Entry<String, String> form : forms.caseForms().entrySet()) {
                        words.putIfAbsent(word.replace(form.getKey(), form.getValue()), n);
                    }
                }
            }
            WORDS.put(lang, words);
        }
    }

    private Ordinals() {}

    /** The number an ordinal phrase stands for, or null. */
    public static Integer parse(String language, String words) {
        Map<String, Integer> table = WORDS.get(language);
        return table == null ? null : table.get(key(words));
    }

    /**
     * Whether a word is an ordinal in any language with a conventions file ("soixante-quatorzième", "seventy-fourth"):
     * the hyphen of one cut at a line end is the word's own.
     */
    public static boolean isOrdinal(String word) {
        String k = key(word);
        return WORDS.values().stream().anyMatch(t -> t.containsKey(k));
    }

    /** A regular expression that matches any ordinal phrase of the language, longest first. */
    public static String pattern(String language) {
        Map<String, Integer> table = WORDS.getOrDefault(language, Map.of());
        return table.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .map(s -> "(?iu:" + s + ")")
                .orElse("(?!)");
    }

    /**
     * The number a cardinal written out in the language stands for, as Chinese numbers the sections of a resolution
     * ("一", "十二"), or null: only a number up to {@link #MAX} that ICU writes back in the same words.
     */
    public static Integer cardinal(String language, String words) {
        String w = words.strip();
        if (w.isEmpty() || !w.codePoints().allMatch(Character::isLetter)) return null;
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        try {
            int n = f.parse(w).intValue();
            return n >= 1 && n <= MAX && f.format(n).equals(w) ? n : null;
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    public static String englishSuffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) return "th";
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String key(String words) {
        return MatchFolding.fold(words.strip().replaceAll("[\\s\u00AD]+", " ")).toLowerCase(Locale.ROOT);
    }
}
