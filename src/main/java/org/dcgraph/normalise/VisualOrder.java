package org.dcgraph.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back in reading order the lines of an Arabic text layer that a PDF converter wrote in visual order.
 * Such a converter keeps each directional run in reading order but emits the runs of a line left to right,
 * so in a right-to-left line the numbers and Latin words that split it come out in reverse: a paragraph's
 * number stands at the end of its first line ({@code ... في تموز/يوليه - 1}) and a footnote's marker at the
 * end of the footnote. Its fonts also print footnote markers as {@code (7ك} and list letters as {@code كأ(}.
 * <p>
 * Whether a text is in visual order is read from the text: its paragraph numbers stand at the end of lines
 * ({@code ... - 12}) more often than at their start. In such a text each line is split into runs at its
 * numbers, Latin words and markers, and the runs are put in reverse order; a paragraph number goes first.
 * A line mostly in Latin letters (an English reference in a footnote) keeps its order; only its marker goes
 * first and the Arabic full stop the font printed at its start goes last. Runs of spaces become one.
 */
final class VisualOrder {
    private static final Pattern NUMBER_AT_END = Pattern.compile("(?m)\\s-\\s*\\d{1,3}\\s*$");
    private static final Pattern NUMBER_AT_START = Pattern.compile("(?m)^\\s*\\d{1,3}\\s*-\\s");
    private static final int MIN_VOTES = 3;
    /** A footnote marker as the damaged font prints it: "(7ك", "( 49ك" (the brackets mirrored, one of them as ك). */
    private static final Pattern DAMAGED_MARKER = Pattern.compile("\\(\\s?(\\d{1,3})ك");
    /** A list letter "(أ)" printed as "كأ(". */
    private static final Pattern DAMAGED_ITEM = Pattern.compile("(?<=^|\\s)ك(\\p{IsArabic}{1,2})\\((?=\\s|$)");
    /** A paragraph number between spaces: at the end of the line, or where the runs of the line put it. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("(?:^|\\s)(-)\\s*(\\d{1,3})(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern LEADING_MARKS_OF_LATIN_LINE = Pattern.compile("^\\s*([و,_–]+)\\s*(?=[\\p{IsLatin}\\d])");
    private static final Pattern TRAILING_MARKER = Pattern.compile("\\s*(" + MarkupRemnants.MARKER_OPEN + "\\d+" + MarkupRemnants.MARKER_CLOSE + ")\\s*$");

    private VisualOrder() {}

    static boolean isVisualOrder(String text) {
        int end = count(NUMBER_AT_END.matcher(text));
        int start = count(NUMBER_AT_START.matcher(text));
        return end >= MIN_VOTES && end > start;
    }

    static MappedText apply(MappedText in) {
        if (!isVisualOrder(in.text())) return in;
        MappedText text = in.replaceAll(DAMAGED_MARKER, m -> MarkupRemnants.marker(m.group(1)))
                .replaceAll(DAMAGED_ITEM, m -> "(" + m.group(1) + ")");
        List<MappedText> lines = new ArrayList<>();
        for (MappedText line : text.lines()) lines.add(reorder(line).replaceAll(SPACES, " "));
        return MappedText.join(lines, "\n");
    }

    static MappedText reorder(MappedText line) {
        String s = line.text();
        if (s.isBlank()) return line;
        if (latinDominant(s)) return reorderLatinLine(line);
        List<MappedText> parts = new ArrayList<>();
        Matcher number = PARAGRAPH_NUMBER.matcher(s);
        MappedText rest = line;
        if (number.find() && !number.find()) {
            number.reset().find();
            parts.add(line.subSequence(number.start(2), number.end(2)));
            parts.add(line.subSequence(number.start(1), number.end(1)));
            rest = MappedText.join(List.of(line.subSequence(0, number.start()), line.subSequence(number.end(), line.length())), " ");
        }
        List<MappedText> runs = runs(rest);
        Collections.reverse(runs);
        parts.addAll(runs);
        return MappedText.join(parts.stream().filter(p -> !p.text().isBlank()).toList(), " ").strip();
    }

    /**
     * The runs of a right-to-left line: stretches of Latin letters, digits and markers (with what stands
     * between them), and the Arabic stretches around them. Punctuation glued to a left-to-right run is
     * printed on its other side, so it moves across it.
     */
    private static List<MappedText> runs(MappedText line) {
        String s = line.text();
        List<MappedText> runs = new ArrayList<>();
        int i = 0;
        int n = s.length();
        int arabicStart = 0;
        while (i < n) {
            if (!isLeftToRight(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int last = i;
            int k = i + 1;
            while (k < n && !isRightToLeft(s.charAt(k))) {
                if (isLeftToRight(s.charAt(k))) last = k;
                k++;
            }
            int end = last + 1;
            int before = start;
            while (before > arabicStart && isGluedMark(s.charAt(before - 1))) before--;
            int after = end;
            while (after < n && isGluedMark(s.charAt(after))) after++;
            if (before > arabicStart) runs.add(line.subSequence(arabicStart, before));
            runs.add(MappedText.join(List.of(line.subSequence(end, after), line.subSequence(start, end), line.subSequence(before, start)), ""));
            arabicStart = after;
            i = after;
        }
        if (arabicStart < n) runs.add(line.subSequence(arabicStart, n));
        return runs;
    }

    private static MappedText reorderLatinLine(MappedText line) {
        MappedText text = line;
        Matcher marker = TRAILING_MARKER.matcher(text.text());
        if (marker.find()) {
            text = MappedText.join(List.of(text.subSequence(marker.start(1), marker.end(1)), text.subSequence(0, marker.start())), " ");
        }
        String s = text.text();
        int markerEnd = s.startsWith(String.valueOf(MarkupRemnants.MARKER_OPEN)) ? s.indexOf(MarkupRemnants.MARKER_CLOSE) + 1 : 0;
        Matcher lead = LEADING_MARKS_OF_LATIN_LINE.matcher(s.substring(markerEnd));
        if (lead.find()) {
            int a = markerEnd + lead.start(1);
            int b = markerEnd + lead.end(1);
            MappedText head = text.subSequence(0, a);
            MappedText marks = text.subSequence(a, b);
            MappedText body = text.subSequence(markerEnd + lead.end(), text.length()).strip();
            text = MappedText.join(List.of(head, MappedText.join(List.of(body, marks), "")), head.length() > 0 ? " " : "");
        }
        return text.strip();
    }

    private static boolean latinDominant(String s) {
        int latin = 0, arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
                else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) arabic++;
            }
        }
        return latin > arabic;
    }

    private static boolean isLeftToRight(char c) {
        return c == MarkupRemnants.MARKER_OPEN || c == MarkupRemnants.MARKER_CLOSE || c >= '0' && c <= '9'
                || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean isRightToLeft(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
    }

    private static boolean isGluedMark(char c) {
        return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != MarkupRemnants.MARKER_OPEN
                && c != MarkupRemnants.MARKER_CLOSE;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
