package org.dcgraph.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * Finds the names of reference resources (bodies, groups, countries, goal keywords) in running text.
 * All labels of one language are compiled into one alternation, longest first, so that at any
 * position the most specific name wins ("Office of the Secretary-General's Envoy on Technology"
 * over "Secretary-General"). Arabic names may carry the clitics of the surrounding text
 * (و ف ب ل ك, and ل before the article as in للجنة); acronyms match only in capitals.
 */
public final class NameFinder {
    /** A name found: its resource, where it stands in the folded text, and the label that matched, as given. */
    public record Hit(String iri, int start, int end, String label) {}

    private final Pattern pattern;
    private final List<String> iriByGroup;
    private final List<String> labelByGroup;

    private NameFinder(Pattern pattern, List<String> iriByGroup, List<String> labelByGroup) {
        this.pattern = pattern;
        this.iriByGroup = iriByGroup;
        this.labelByGroup = labelByGroup;
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
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])(?:");
        List<String> iris = new ArrayList<>();
        List<String> givenLabels = new ArrayList<>();
        for (String label : ordered) {
            if (!iris.isEmpty()) regex.append('|');
            regex.append('(').append(alternative(label)).append(')');
            iris.add(folded.get(label));
            givenLabels.add(given.get(label));
        }
        regex.append(")(?![\\p{L}\\p{M}\\p{N}])");
        return new NameFinder(Pattern.compile(regex.toString()), iris, givenLabels);
    }

    /** Every name in the text, left to right, without overlaps. */
    public List<Hit> find(CharSequence foldedText) {
        List<Hit> hits = new ArrayList<>();
        if (iriByGroup.isEmpty()) return hits;
        Matcher m = pattern.matcher(foldedText);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    hits.add(new Hit(iriByGroup.get(g - 1), m.start(), m.end(), labelByGroup.get(g - 1)));
                    break;
                }
            }
        }
        return hits;
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
