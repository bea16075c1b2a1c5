package org.dcgraph.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * Finds the names of reference resources (bodies, groups, countries, goal keywords) in running text.
 * All labels of one language are compiled into one alternation, longest first, so that at any
 * position the most specific name wins ("Office of the Secretary-General's Envoy on Technology"
 * over "Secretary-General"). Arabic names may carry the clitics of the surrounding text
 * (و ف ب ل ك, and ل before the article as in للجنة); acronyms match only in capitals.
 * <p>
 * A text names few of the hundreds of labels, and a regular expression tries every alternative at
 * every word, so each search first keeps the labels whose first word (after the article) the text
 * contains anywhere, in any case, and runs the alternation of those only, in the same order: a label
 * left out could not have matched, so the hits are the same.
 */
public final class NameFinder {
    /** A name found: its resource, where it stands in the folded text, and the label that matched, as given. */
    public record Hit(String iri, int start, int end, String label) {}

    /** A label: its alternative in the pattern, a word every match contains (case-folded), its resource, the label as given. */
    private record Name(String regex, String firstWord, String iri, String label) {}

    private final List<Name> names;
    /** The alternation of the names a text may contain, by their places in {@code names}; many texts share one. */
    private final Map<List<Integer>, Pattern> patterns = new ConcurrentHashMap<>();

    private NameFinder(List<Name> names) {
        this.names = names;
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
        List<Name> names = new ArrayList<>();
        for (String label : ordered) {
            String spelled = spelledOut(label);
            names.add(new Name(alternative(label), caseFold(spelled.split("\\s+")[0]), folded.get(label), given.get(label)));
        }
        return new NameFinder(names);
    }

    /** Every name in the text, left to right, without overlaps. */
    public List<Hit> find(CharSequence foldedText) {
        List<Hit> hits = new ArrayList<>();
        String text = caseFold(foldedText.toString());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) if (text.contains(names.get(i).firstWord())) candidates.add(i);
        if (candidates.isEmpty()) return hits;
        Matcher m = patterns.computeIfAbsent(candidates, this::pattern).matcher(foldedText);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    Name name = names.get(candidates.get(g - 1));
                    hits.add(new Hit(name.iri(), m.start(), m.end(), name.label()));
                    break;
                }
            }
        }
        return hits;
    }

    private Pattern pattern(List<Integer> candidates) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])(?:");
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0) regex.append('|');
            regex.append('(').append(names.get(candidates.get(i)).regex()).append(')');
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{M}\\p{N}])").toString());
    }

    /** The part of a label that its alternative spells letter for letter: an Arabic article may be written لل or take clitics. */
    private static String spelledOut(String label) {
        return isArabic(label) && label.startsWith("ال") ? label.substring(2) : label;
    }

    private static boolean isArabic(String label) {
        return label.matches("\\p{IsArabic}.*");
    }

    /** One case for every letter, keeping the text's length, so that a case-insensitive match is also a match here. */
    private static String caseFold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(Character.toUpperCase(c[i]));
        return new String(c);
    }

    private static String alternative(String label) {
        String body = quoteWords(spelledOut(label));
        if (isArabic(label)) return (label.startsWith("ال") ? "(?:[وف]?[بك]?ال|[وف]?لل?)" : "[وف]?[بلك]?") + body;
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
