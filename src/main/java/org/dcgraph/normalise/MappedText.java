package org.dcgraph.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text together with, for each of its characters, the offset of the source character it came from.
 * Every normalisation step rewrites the text through this class so that any span of the cleaned text
 * can still be traced back to the words of the source file.
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] source;
    private final int sourceEndDefault;

    private MappedText(String text, int[] source, int sourceEndDefault) {
        this.text = text;
        this.source = source;
        this.sourceEndDefault = sourceEndDefault;
    }

    /** The source itself: character i maps to offset i. */
    public static MappedText of(String source) {
        int[] map = new int[source.length()];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return new MappedText(source, map, source.length());
    }

    public String text() { return text; }

    @Override public int length() { return text.length(); }
    @Override public char charAt(int index) { return text.charAt(index); }
    @Override public String toString() { return text; }

    @Override
    public MappedText subSequence(int start, int end) {
        int[] map = new int[end - start];
        System.arraycopy(source, start, map, 0, map.length);
        return new MappedText(text.substring(start, end), map, sourceOffsetAfter(end));
    }

    /** Source offset of the character at {@code index}. */
    public int sourceOffset(int index) {
        return index < source.length ? source[index] : sourceEndDefault;
    }

    /** Source offset just past the span that ends (exclusively) at {@code end}. */
    public int sourceOffsetAfter(int end) {
        if (end <= 0) return source.length == 0 ? sourceEndDefault : source[0];
        return source[end - 1] + 1;
    }

    /**
     * Replaces every match of the pattern by the string the function gives. Characters of a
     * replacement of the same length as its match keep their one-to-one mapping; otherwise they
     * all point at the start of the match.
     */
    public MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return this;
        StringBuilder out = new StringBuilder(text.length());
        IntList map = new IntList(source.length);
        int last = 0;
        do {
            append(out, map, last, m.start());
            String rep = replacement.apply(m.toMatchResult());
            boolean sameLength = rep.length() == m.end() - m.start();
            for (int i = 0; i < rep.length(); i++) {
                out.append(rep.charAt(i));
                map.add(sameLength ? source[m.start() + i] : sourceOffset(m.start()));
            }
            last = m.end();
        } while (m.find());
        append(out, map, last, text.length());
        return new MappedText(out.toString(), map.toArray(), sourceEndDefault);
    }

    public MappedText replaceAll(Pattern pattern, String literal) {
        return replaceAll(pattern, m -> literal);
    }

    /** Joins pieces of mapped text with a separator that maps to the start of the piece after it. */
    public static MappedText join(List<MappedText> parts, String separator) {
        StringBuilder out = new StringBuilder();
        IntList map = new IntList(64);
        int end = 0;
        for (int p = 0; p < parts.size(); p++) {
            MappedText part = parts.get(p);
            if (p > 0) {
                for (int i = 0; i < separator.length(); i++) {
                    out.append(separator.charAt(i));
                    map.add(part.sourceOffset(0));
                }
            }
            out.append(part.text);
            for (int i = 0; i < part.length(); i++) map.add(part.source[i]);
            end = part.sourceEndDefault;
        }
        return new MappedText(out.toString(), map.toArray(), end);
    }

    /** Removes leading and trailing white space. */
    public MappedText strip() {
        int s = 0, e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return subSequence(s, e);
    }

    /** The lines of the text, without their line terminators. */
    public List<MappedText> lines() {
        List<MappedText> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(subSequence(start, i));
                start = i + 1;
            }
        }
        lines.add(subSequence(start, text.length()));
        return lines;
    }

    private void append(StringBuilder out, IntList map, int from, int to) {
        out.append(text, from, to);
        for (int i = from; i < to; i++) map.add(source[i]);
    }

    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) { values = new int[Math.max(16, capacity)]; }

        void add(int v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(values, size); }
    }
}
