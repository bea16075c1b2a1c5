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
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\u064B-\u065F\u0670]");
    private static final Pattern ALEF = Pattern.compile("[أإآٱ]");
    private static final Pattern QUOTE = Pattern.compile("[‘’ʼ`]");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[“”«»„]");
    private static final Pattern DASH = Pattern.compile("[‐‑‒–—―]");

    private MatchFolding() {}

    public static MappedText fold(MappedText text) {
        return text.replaceAll(ARABIC_MARKS, "")
                .replaceAll(ALEF, "ا")
                .replaceAll(Pattern.compile("ى"), "ي")
                .replaceAll(Pattern.compile("ة"), "ه")
                .replaceAll(Pattern.compile("ی"), "ي")
                .replaceAll(Pattern.compile("ک"), "ك")
                .replaceAll(Pattern.compile("\u200C"), " ")
                .replaceAll(QUOTE, "'")
                .replaceAll(DOUBLE_QUOTE, "\"")
                .replaceAll(DASH, "-");
    }

    public static String fold(String text) {
        return fold(MappedText.of(text)).text();
    }
}
