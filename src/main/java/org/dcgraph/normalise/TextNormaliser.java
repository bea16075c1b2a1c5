package org.dcgraph.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a source file into clean text whose every character still points at the source.
 * The steps run in a fixed order: characters first, then typography, then page furniture; number
 * order, and the reading order of a text layer written in visual order, are restored only for text
 * written mostly in Arabic script.
 */
public final class TextNormaliser {
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private TextNormaliser() {}

    public static MappedText normalise(String source) {
        MappedText text = UnicodeCleanup.apply(MappedText.of(source));
        text = MarkupRemnants.apply(text);
        text = PageFurniture.apply(text);
        if (mostlyArabicScript(text.text())) {
            text = VisualOrder.apply(text);
            text = ArabicNumberOrder.apply(text);
        }
        return text;
    }

    /** Share of letters in Arabic script, for texts that mix an Arabic body with Latin symbols. */
    public static boolean mostlyArabicScript(String text) {
        int arabic = count(ARABIC_LETTER.matcher(text));
        int letters = count(LETTER.matcher(text));
        return letters > 0 && arabic * 2 > letters;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Regular expression for a canonical footnote marker; group 1 is its number. */
    public static final Pattern FOOTNOTE_MARKER =
            Pattern.compile(MarkupRemnants.MARKER_OPEN + "(\\d+)" + MarkupRemnants.MARKER_CLOSE);
}
