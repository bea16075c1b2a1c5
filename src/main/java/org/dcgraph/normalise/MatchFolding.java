package org.dcgraph.normalise;

import java.util.regex.Pattern;

/**
 * Folds text for matching against vocabulary labels, one character for one so that a match still
 * points into the text it was found in: Arabic short vowels, shadda and the dagger alef are removed
 * (they are written inconsistently), hamza-carrying alefs become bare alef, final ya and ta marbuta
 * are unified, and typographic quotes and dashes become plain ones. Persian ی and ک become their
 * Arabic twins and the zero-width non-joiner that Persian writes inside words becomes a space, so that
 * a term matches however a Persian text was typed.
 */
public final class MatchFolding {
    /** Arabic short vowels, shadda and the other marks up to U+065F, and the dagger alef: removed. */
    private static final char FIRST_MARK = '\u064B';
    private static final char LAST_MARK = '\u065F';
    private static final char DAGGER_ALEF = '\u0670';
    private static final String ALEFS = "أإآٱ";
    private static final String QUOTES = "‘’ʼ`";
    private static final String DOUBLE_QUOTES = "“”«»„";
    private static final String DASHES = "‐‑‒–—―";
    /** Every character {@link #folded} changes, so that a text is read once for all of them. */
    private static final Pattern FOLDABLE = Pattern.compile(
            "[" + FIRST_MARK + "-" + LAST_MARK + DAGGER_ALEF + ALEFS + "ىةیک\u200C"
                    + QUOTES + DOUBLE_QUOTES + DASHES + "]");

    private MatchFolding() {}

    public static MappedText fold(MappedText text) {
        return text.replaceAll(FOLDABLE, m -> folded(m.group().charAt(0)));
    }

    public static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String f = folded(text.charAt(i));
            if (f == null && out == null) continue;
            if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            out.append(f == null ? String.valueOf(text.charAt(i)) : f);
        }
        return out == null ? text : out.toString();
    }

    /** What a character folds to ("" when it is removed), or null when it stays as it is. */
    private static String folded(char c) {
        if (c >= FIRST_MARK && c <= LAST_MARK || c == DAGGER_ALEF) return "";
        if (ALEFS.indexOf(c) >= 0) return "ا";
        if (QUOTES.indexOf(c) >= 0) return "'";
        if (DOUBLE_QUOTES.indexOf(c) >= 0) return "\"";
        if (DASHES.indexOf(c) >= 0) return "-";
        return switch (c) {
            case 'ى', 'ی' -> "ي";
            case 'ة' -> "ه";
            case 'ک' -> "ك";
            case '\u200C' -> " ";
            default -> null;
        };
    }
}
