package org.dcgraph.serve.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dcgraph.normalise.MatchFolding;

/**
 * The words two versions of a paragraph in one language do not share, marked in place: what the draft had and the
 * resolution dropped as {@code <del>}, what the resolution added as {@code <ins>}, found by the longest common
 * subsequence of their words. Paragraphs of a resolution are a few hundred words, so the quadratic table is small.
 * Words are compared as the vocabularies match them ({@link MatchFolding}): the edited resolution sets non-breaking
 * hyphens, curly apostrophes, dashes and a colon against its word where the draft typed "-", "'" and " :"; none of
 * that is a change of text.
 */
final class WordDiff {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A space before a closing mark, as a draft types "stages : pre-design". */
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+(?=[:;,.!?)\\]])");

    private WordDiff() {}

    /** Whether the two texts differ in more than spacing and typography. */
    static boolean differ(String before, String after) {
        return !keys(words(before)).equals(keys(words(after)));
    }

    /** The text after, as HTML, with what was dropped from the text before and what was added marked. */
    static String html(String before, String after) {
        String[] shownBefore = words(before), shownAfter = words(after);
        String[] a = keys(shownBefore).toArray(String[]::new), b = keys(shownAfter).toArray(String[]::new);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--)
            for (int j = b.length - 1; j >= 0; j--)
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
        List<String> out = new ArrayList<>();
        StringBuilder dropped = new StringBuilder(), added = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(out, dropped, added);
                out.add(Html.escape(shownAfter[j]));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                added.append(added.isEmpty() ? "" : " ").append(shownAfter[j++]);
            } else {
                dropped.append(dropped.isEmpty() ? "" : " ").append(shownBefore[i++]);
            }
        }
        flush(out, dropped, added);
        return String.join(" ", out);
    }

    private static void flush(List<String> out, StringBuilder dropped, StringBuilder added) {
        if (!dropped.isEmpty())
            out.add("<del>" + Html.escape(dropped.toString()) + "</del>");
        if (!added.isEmpty())
            out.add("<ins>" + Html.escape(added.toString()) + "</ins>");
        dropped.setLength(0);
        added.setLength(0);
    }

    private static List<String> keys(String[] words) {
        List<String> keys = new ArrayList<>(words.length);
        for (String w : words)
            keys.add(MatchFolding.fold(w));
        return keys;
    }

    private static String[] words(String text) {
        String s = SPACE_BEFORE_MARK.matcher(text.strip()).replaceAll("");
        return s.isEmpty() ? new String[0] : SPACE.split(s);
    }
}
