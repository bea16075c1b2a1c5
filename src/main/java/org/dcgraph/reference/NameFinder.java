package org.dcgraph.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * Finds the names of reference resources (bodies, groups, countries, goal keywords) in running text.
 * All labels of one language are compiled into one alternation, longest first, so that at any
 * position the most specific name wins ("Office of the Secretary-General's Envoy on Technology"
 * over "Secretary-General"). Arabic names may carry the clitics of the surrounding text
 * (و ف ب ل ك, and ل before the article as in للجنة); acronyms match only in capitals. Han script writes no
 * spaces, so a name may start and end at any Han character ("请秘书长", "会员国和联合国系统"): every Han character is a
 * word of its own for the boundaries and the first-word test.
 */
public final class NameFinder {
    /** A name found: its resource, where it stands in the folded text, and the label that matched, as given. */
    public record Hit(String iri, int start, int end, String label) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A character that continues a word: a letter, mark or digit, but no Han character, which is a word in itself. */
    private static final String IN_WORD = "[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}]]";

    /** U+2E80, the first character of the Han script. */
    private static final char FIRST_HAN = '\u2E80';

    private final Pattern pattern;
    private final List<String> iriByGroup;
    private final List<String> labelByGroup;
    /** The first word of every label, lower-cased: where none stands, no name can start. Null: try everywhere. */
    private final Set<String> firstWords;

    private NameFinder(Pattern pattern, List<String> iriByGroup, List<String> labelByGroup, Set<String> firstWords) {
        this.pattern = pattern;
        this.iriByGroup = iriByGroup;
        this.labelByGroup = labelByGroup;
        this.firstWords = firstWords;
    }

    /** @param labels label to resource IRI; labels are folded here, so give them as printed */
    public static NameFinder of(Map<String, String> labels) {
        Map<String, String> folded = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        labels.forEach((label, iri) -> {
            String f = MatchFolding.fold(label.strip());
            if (!f.isEmpty() && folded.putIfAbsent(f, iri) == null) given.put(f, label.strip());
        });
        List<String> ordered = new ArrayList<>(folded.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<!" + IN_WORD + ")(?:");
        List<String> iris = new ArrayList<>();
        List<String> givenLabels = new ArrayList<>();
        for (String label : ordered) {
            if (!iris.isEmpty()) regex.append('|');
            regex.append('(').append(alternative(label)).append(')');
            iris.add(folded.get(label));
            givenLabels.add(given.get(label));
        }
        regex.append(")(?!" + IN_WORD + ")");
        Set<String> firstWords = new HashSet<>();
        for (String label : ordered) firstWords.add(key(label.substring(0, firstWordEnd(label, 0))));
        // a label that opens with punctuation has no first word to look for: the whole pattern is tried everywhere then
        return new NameFinder(Pattern.compile(regex.toString()), iris, givenLabels, firstWords.contains("") ? null : firstWords);
    }

    /**
     * Every name in the text, left to right, without overlaps. The alternation of all labels is tried only at
     * the start of a word that could open one of them: trying it at every position cost a second per document
     * on the whole General Assembly record, and gives the same hits.
     */
    public List<Hit> find(CharSequence foldedText) {
        List<Hit> hits = new ArrayList<>();
        if (iriByGroup.isEmpty()) return hits;
        String text = foldedText.toString();
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        if (firstWords == null) {
            while (m.find()) hits.add(hit(m));
            return hits;
        }
        int i = 0;
        while (i < text.length()) {
            boolean han = isHan(text.charAt(i));
            if (!han && (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = firstWordEnd(text, i);
            m.region(i, text.length());
            if (mayOpenName(key(text.substring(i, wordEnd))) && m.lookingAt()) {
                hits.add(hit(m));
                i = m.end();
            } else {
                i = wordEnd;
            }
        }
        return hits;
    }

    /** The hit of a match: the label whose group matched. */
    private Hit hit(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) return new Hit(iriByGroup.get(g - 1), m.start(), m.end(), labelByGroup.get(g - 1));
        }
        throw new IllegalStateException("a match of the name pattern without a label group");
    }

    /**
     * Whether a word of the text may be the first word of a label: itself, or, in Arabic, once the clitics
     * the pattern allows are taken off (و ف, then ب ك ل) and the article they may have swallowed (للجنة) is back.
     */
    private boolean mayOpenName(String word) {
        if (firstWords.contains(word)) return true;
        for (String conjunction : new String[] {"", "و", "ف"}) {
            if (!word.startsWith(conjunction)) continue;
            String afterConjunction = word.substring(conjunction.length());
            for (String preposition : new String[] {"", "ب", "ك", "ل"}) {
                if (!afterConjunction.startsWith(preposition)) continue;
                String rest = afterConjunction.substring(preposition.length());
                if (firstWords.contains(rest) || firstWords.contains("ال" + rest)) return true;
                if (rest.startsWith("ل") && firstWords.contains("ال" + rest.substring(1))) return true;
            }
        }
        return false;
    }

    /** A word as the first-word set holds it: lower case without marks, so "TÜRKİYE" meets "Türkiye" as the pattern does. */
    private static String key(String word) {
        // most words are ASCII, which neither decomposes nor carries marks: the normaliser's cost spared
        if (isAscii(word)) return word.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** The end of the run of letters, marks and digits that starts at a position. */
    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        return end;
    }

    /** The end of the word that starts at a position: one character for a Han character, else the run of letters. */
    private static int firstWordEnd(String text, int from) {
        return from < text.length() && isHan(text.charAt(from)) ? from + 1 : wordEnd(text, from);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isHan(char c) {
        // no Han character comes before the CJK Radicals Supplement; the script lookup is a binary search
        if (c < FIRST_HAN) return false;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A character of {@link #IN_WORD}, the word characters of the pattern's boundaries. */
    private static boolean isWordChar(char c) {
        if (isHan(c)) return false;
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static String alternative(String label) {
        String body = quoteWords(label);
        if (label.matches("\\p{IsArabic}.*")) {
            if (label.startsWith("ال")) {
                String rest = quoteWords(label.substring(2));
                return "(?:[وف]?[بك]?ال|[وف]?لل?)" + rest;
            }
            return "[وف]?[بلك]?" + body;
        }
        boolean acronym = label.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && label.chars().filter(Character::isLetter).count() >= 2;
        return acronym ? body : "(?iu:" + body + ")";
    }

    private static String quoteWords(String label) {
        String[] words = label.split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) b.append("\\s+");
            b.append(Pattern.quote(words[i]));
        }
        return b.toString();
    }
}
