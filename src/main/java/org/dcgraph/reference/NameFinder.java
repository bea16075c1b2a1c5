package org.dcgraph.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dcgraph.normalise.MatchFolding;

/**
 * Finds the names of reference resources (bodies, groups, countries, goal keywords) in running text.
 * At a word, the labels it may open are tried as one alternation, longest first, so that at any position the
 * most specific name wins ("Office of the Secretary-General's Envoy on Technology" over "Secretary-General").
 * Arabic names may carry the clitics of the surrounding text (و ف ب ل ك, and ل before the article as in للجنة);
 * acronyms match only in capitals. Han script writes no spaces, so a name may start and end at any Han character
 * ("请秘书长", "会员国和联合国系统"): every Han character is a word of its own for the boundaries and the first-word
 * test.
 */
public final class NameFinder {
    /** A name found: its resource, where it stands in the folded text, and the label that matched, as given. */
    public record Hit(String iri, int start, int end, String label) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A character that continues a word: a letter, mark or digit, but no Han character, which is a word in itself. */
    private static final String IN_WORD = "[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}]]";

    /** U+2E80, the first character of the Han script. */
    private static final char FIRST_HAN = '\u2E80';

    /** Every label, longest first: the order in which a pattern tries them, so that the most specific name wins. */
    private final List<String> labels;
    private final List<String> iriByLabel;
    private final List<String> givenByLabel;
    /** The labels (their places in {@link #labels}) by first word, lower-cased; null: try every label everywhere. */
    private final Map<String, int[]> labelsByFirstWord;
    /** What a word of the text may open, by the word as printed: texts repeat their words, and the key costs more. */
    private final Map<String, Alternation> byWord = new ConcurrentHashMap<>();
    /** The patterns made so far, by the labels they try: many words open the same labels ("Committee", "committee"). */
    private final Map<String, Alternation> byLabels = new ConcurrentHashMap<>();
    private final Alternation everywhere;

    /**
     * The labels a word may open, as one pattern trying them in their order, with the word boundaries of the whole
     * set: a word that opens none has {@link #NONE}. One pattern of all labels, tried at each word that opens some,
     * spent most of its time on the thousands of alternatives that cannot begin there.
     */
    private record Alternation(Pattern pattern, int[] labels) {}

    private static final Alternation NONE = new Alternation(null, new int[0]);
    /** Words kept in {@link #byWord} before it is emptied: the vocabulary of a language's record fits. */
    private static final int WORDS_KEPT = 200_000;

    private NameFinder(List<String> labels, List<String> iriByLabel, List<String> givenByLabel,
                       Map<String, int[]> labelsByFirstWord) {
        this.labels = labels;
        this.iriByLabel = iriByLabel;
        this.givenByLabel = givenByLabel;
        this.labelsByFirstWord = labelsByFirstWord;
        this.everywhere = labelsByFirstWord == null ? alternation(IntStream.range(0, labels.size()).toArray()) : null;
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
        List<String> iris = new ArrayList<>();
        List<String> givenLabels = new ArrayList<>();
        Map<String, List<Integer>> byFirstWord = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String label = ordered.get(i);
            iris.add(folded.get(label));
            givenLabels.add(given.get(label));
            byFirstWord.computeIfAbsent(key(label.substring(0, firstWordEnd(label, 0))), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> labelsByFirstWord = new HashMap<>();
        byFirstWord.forEach((word, places) ->
                labelsByFirstWord.put(word, places.stream().mapToInt(Integer::intValue).toArray()));
        // a label that opens with punctuation has no first word to look for: every label is tried everywhere then
        return new NameFinder(ordered, iris, givenLabels, labelsByFirstWord.containsKey("") ? null : labelsByFirstWord);
    }

    /**
     * Every name in the text, left to right, without overlaps. Labels are tried only at the start of a word that
     * could open them, and only those it could open: trying all of them at every position cost a second per
     * document on the whole General Assembly record, and gives the same hits.
     */
    public List<Hit> find(CharSequence foldedText) {
        List<Hit> hits = new ArrayList<>();
        if (labels.isEmpty()) return hits;
        String text = foldedText.toString();
        if (everywhere != null) {
            Matcher m = everywhere.pattern().matcher(text);
            while (m.find()) hits.add(hit(m, everywhere));
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
            Alternation opened = opened(text.substring(i, wordEnd));
            Matcher m = opened == NONE ? null
                    : opened.pattern().matcher(text).useTransparentBounds(true).region(i, text.length());
            if (m != null && m.lookingAt()) {
                hits.add(hit(m, opened));
                i = m.end();
            } else {
                i = wordEnd;
            }
        }
        return hits;
    }

    /** The labels a word of the text may open, as one pattern; {@link #NONE} when it opens none. */
    private Alternation opened(String word) {
        Alternation known = byWord.get(word);
        if (known != null) return known;
        if (byWord.size() > WORDS_KEPT) byWord.clear();
        int[] places = openedLabels(key(word)).stream().sorted().mapToInt(Integer::intValue).toArray();
        Alternation opened = places.length == 0 ? NONE
                : byLabels.computeIfAbsent(Arrays.toString(places), k -> alternation(places));
        byWord.put(word, opened);
        return opened;
    }

    /**
     * The labels whose first word a word of the text may be: itself, or, in Arabic, once the clitics the pattern
     * allows are taken off (و ف, then ب ك ل) and the article they may have swallowed (للجنة) is back.
     */
    private Set<Integer> openedLabels(String word) {
        Set<Integer> places = new HashSet<>();
        addLabels(places, word);
        for (String conjunction : new String[] {"", "و", "ف"}) {
            if (!word.startsWith(conjunction)) continue;
            String afterConjunction = word.substring(conjunction.length());
            for (String preposition : new String[] {"", "ب", "ك", "ل"}) {
                if (!afterConjunction.startsWith(preposition)) continue;
                String rest = afterConjunction.substring(preposition.length());
                addLabels(places, rest);
                addLabels(places, "ال" + rest);
                if (rest.startsWith("ل")) addLabels(places, "ال" + rest.substring(1));
            }
        }
        return places;
    }

    private void addLabels(Set<Integer> places, String firstWord) {
        int[] labelled = labelsByFirstWord.get(firstWord);
        if (labelled != null) for (int place : labelled) places.add(place);
    }

    /** One pattern trying the given labels in their order, each in a group of its own, between word boundaries. */
    private Alternation alternation(int[] places) {
        StringBuilder regex = new StringBuilder("(?<!" + IN_WORD + ")(?:");
        for (int g = 0; g < places.length; g++) {
            if (g > 0) regex.append('|');
            regex.append('(').append(alternative(labels.get(places[g]))).append(')');
        }
        regex.append(")(?!" + IN_WORD + ")");
        return new Alternation(Pattern.compile(regex.toString()), places);
    }

    /** The hit of a match: the label whose group matched. */
    private Hit hit(Matcher m, Alternation tried) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                int place = tried.labels()[g - 1];
                return new Hit(iriByLabel.get(place), m.start(), m.end(), givenByLabel.get(place));
            }
        }
        throw new IllegalStateException("a match of the name pattern without a label group");
    }

    /**
     * A word as {@link #labelsByFirstWord} holds it: lower case without marks, so "TÜRKİYE" meets "Türkiye" as the
     * pattern does.
     */
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
