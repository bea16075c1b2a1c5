package org.dcgraph.normalise;

import java.util.regex.Pattern;

/**
 * Removes what a PDF-to-text conversion leaves of typography: Markdown emphasis, headings and links,
 * HTML tags, backslash escapes. Footnote markers, which come in several typographic forms
 * ({@code <sup>(1)</sup>}, {@code ⁽¹⁾}, {@code ¹}), are rewritten to one canonical form first.
 */
final class MarkupRemnants {
    /** Canonical footnote marker: a private-use bracket pair around ASCII digits. */
    static final char MARKER_OPEN = '\uE000';
    static final char MARKER_CLOSE = '\uE001';

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern SUP_TAG_MARKER = Pattern.compile("<sup>\\s*\\(?(\\d+)\\)?\\s*</sup>");
    private static final Pattern PARENTHESISED_SUPERSCRIPT = Pattern.compile("⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾");
    private static final Pattern BARE_SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    // The link text as runs of plain characters between escapes: an alternation under a star, (?:plain|escape)*,
    // would recurse once per character and overflow the stack on a bracket left open before a long text.
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\\\]*+(?:\\\\.[^\\]\\\\]*+)*+)\\]\\(#?[^)\\s]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([()\\[\\]*_#.\\-])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>\\n]*>");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\t]+$");

    private MarkupRemnants() {}

    static MappedText apply(MappedText in) {
        return in.replaceAll(SUP_TAG_MARKER, m -> marker(m.group(1)))
                .replaceAll(PARENTHESISED_SUPERSCRIPT, m -> marker(fromSuperscript(m.group(1))))
                .replaceAll(BARE_SUPERSCRIPT, m -> marker(fromSuperscript(m.group())))
                .replaceAll(LINK, m -> ESCAPE.matcher(m.group(1)).replaceAll("$1"))
                .replaceAll(ESCAPE, m -> m.group(1))
                .replaceAll(EMPHASIS, "")
                .replaceAll(HEADING, "")
                .replaceAll(HTML_TAG, "")
                .replaceAll(TRAILING_SPACE, "");
    }

    static String marker(String digits) {
        return MARKER_OPEN + digits + MARKER_CLOSE;
    }

    private static String fromSuperscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(SUPERSCRIPT_DIGITS.indexOf(c));
        return b.toString();
    }
}
