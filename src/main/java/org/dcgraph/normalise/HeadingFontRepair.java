package org.dcgraph.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * Repairs the words of titles and headings that the damaged Arabic heading font of UN PDFs prints with
 * substituted letters ({@code التومية} for {@code التوصية}), from the word list
 * {@code normalise/arabic-heading-font.tsv}, which documents the substitutions. Only whole words of the
 * list are rewritten; anything else is left as printed.
 */
public final class HeadingFontRepair {
    private static final String RESOURCE = "normalise/arabic-heading-font.tsv";
    /** The heading font prints its stretching stroke (kashida) as ق; a real ق is never printed twice. */
    private static final Pattern KASHIDA = Pattern.compile("ق{2,}");
    private static final HeadingFontRepair INSTANCE = new HeadingFontRepair(read());

    private final Map<String, String> words;
    private final Pattern printed;

    private HeadingFontRepair(Map<String, String> words) {
        this.words = words;
        List<String> forms = new ArrayList<>(words.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}])(?:");
        for (int i = 0; i < forms.size(); i++) {
            if (i > 0) regex.append('|');
            regex.append(String.join("\\s+", quoted(forms.get(i).split(" "))));
        }
        regex.append(")(?![\\p{L}\\p{M}])");
        this.printed = Pattern.compile(regex.toString());
    }

    public static HeadingFontRepair instance() { return INSTANCE; }

    /** The word list: each word as printed, and the word it is. */
    public Map<String, String> words() { return Collections.unmodifiableMap(words); }

    /** The text with the stretching strokes removed and every listed word repaired. */
    public MappedText repair(MappedText text) {
        return text.replaceAll(KASHIDA, "").replaceAll(printed, m -> words.get(m.group().replaceAll("\\s+", " ")));
    }

    public String repair(String text) {
        return repair(MappedText.of(text)).text();
    }

    private static List<String> quoted(String[] parts) {
        List<String> q = new ArrayList<>();
        for (String p : parts) q.add(Pattern.quote(p));
        return q;
    }

    private static Map<String, String> read() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : ClasspathResources.text(RESOURCE).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 2) throw new IllegalStateException(RESOURCE + ": not a printed word and a word: " + line);
            words.put(cols[0].strip(), cols[1].strip());
        }
        return words;
    }
}
