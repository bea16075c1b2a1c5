package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points of a paragraph, "(a) ...; (b) ..." or "1. ...; 2. ...", as the UN prints them in every language:
 * "(a)" in English, Chinese (also with full-width brackets) and Arabic ("(أ)", "(ب)" in abjad order), "a)" in
 * French, Spanish and Russian; a numbered list as "1." or "1 –". A marker counts only as the next label of a
 * sequence from "a" (then "aa", "bb" ...) or from 1, standing after the paragraph's colon or the semicolon or
 * full stop that ends the point before it, so that "paragraph 6 (a)" in a citation or a roman "(i)" inside a
 * point is not taken for a point. Chinese sets no space between a marker and the characters after it, as a PDF's
 * text gives it, so there a marker needs none. Arabic letters are named by the Latin letter of the same place, so that every
 * language version's point has the same IRI.
 */
public final class SubPoints {
    /** One point: its label (the Latin letter or the number of its place), its place from 1, and its words without the marker. */
    public record SubPoint(String label, int position, String text) {}

    private static final List<String> ARABIC = List.of("أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ".split(" "));
    private static final String AFTER = "(?:^|(?<=[:;.：；؛]|[:;.：；؛]\\s{1,3}(?:and|or|et|ou|y|o|и|или|و)?\\s{0,3}))\\s*";
    private static final Pattern LETTER = Pattern.compile(AFTER + "[(（]?([a-z]{1,2}|[\\u0621-\\u064A])ـ?[)）](?:\\s+|(?=\\p{IsHan}))");
    private static final Pattern NUMBER = Pattern.compile(AFTER + "(\\d{1,2})\\s*[.–-]\\s+");

    private SubPoints() {}

    public static List<SubPoint> of(String text) {
        List<SubPoint> letters = read(text, LETTER, c -> c == ')' || c == '）', SubPoints::letterLabel);
        return letters.isEmpty() ? read(text, NUMBER, c -> c == '.' || c == '–' || c == '-', i -> String.valueOf(i + 1)) : letters;
    }

    /** A character that every marker of a kind holds: the closing bracket of a letter, the stop after a number. */
    private interface KeyChar {
        boolean test(char c);
    }

    private static List<SubPoint> read(String text, Pattern marker, KeyChar key, IntFunction<String> label) {
        List<int[]> marks = new ArrayList<>();
        // the marker is tried only just before a character it must hold: tried at every position (the lookbehind of
        // AFTER at each), it was the build's costliest step in graph making (JFR, bench/RESULTS.md 2026-12-07 21:00)
        Matcher m = marker.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (next(m, text, from, key)) {
            from = m.end();
            int expected = marks.size();
            String printed = m.group(1);
            if (!printed.equals(label.apply(expected)) && !printed.equals(arabic(expected))) continue;
            marks.add(new int[] {m.start(), m.end()});
        }
        if (marks.size() < 2) return List.of();
        List<SubPoint> points = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            points.add(new SubPoint(label.apply(i), i + 1, text.substring(marks.get(i)[1], end).strip()));
        }
        return points;
    }

    /**
     * Finds the marker leftmost from {@code from}, as {@link Matcher#find(int)} would. A marker spans white space, then
     * at most four characters (a bracket, one or two letters, a tatweel; or one or two digits), white space again and
     * its key character, so it starts no earlier than {@link #earliestStart} of its key; and no marker spans another's
     * key, so keys taken left to right meet the leftmost marker first.
     */
    private static boolean next(Matcher m, String text, int from, KeyChar key) {
        for (int k = from; k < text.length(); k++) {
            if (!key.test(text.charAt(k))) continue;
            for (int s = Math.max(from, earliestStart(text, k)); s < k; s++) {
                m.region(s, text.length());
                if (m.lookingAt()) return true;
            }
        }
        return false;
    }

    private static int earliestStart(String text, int key) {
        int i = key;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        i = Math.max(0, i - 4);
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    /** "a" ... "z", then "aa", "bb" ... as the UN continues a long list. */
    private static String letterLabel(int index) {
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }

    private static String arabic(int index) {
        return index < ARABIC.size() ? ARABIC.get(index) : null;
    }
}
