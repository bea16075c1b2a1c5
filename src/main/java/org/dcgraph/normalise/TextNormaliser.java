package org.dcgraph.normalise;

import java.util.regex.Pattern;

/**
 * Turns the text of a source file into clean text whose every character still points at the source.
 * The steps run in a fixed order: characters first, then typography, then page furniture; number
 * order, and the reading order of a text layer written in visual order, are restored only for text
 * written mostly in Arabic script; the spaces a layout puts around figures only for text mostly in Han characters.
 */
public final class TextNormaliser {
    private TextNormaliser() {}

    public static MappedText normalise(String source) {
        MappedText text = UnicodeCleanup.apply(MappedText.of(source));
        text = MarkupRemnants.apply(text);
        text = PageFurniture.apply(text);
        if (mostlyArabicScript(text.text())) {
            text = VisualOrderByDirection.apply(text);
            text = ArabicNumberOrder.apply(text);
        } else if (HanSpacing.mostlyHan(text.text())) {
            text = HanSpacing.apply(text);
        }
        return text;
    }

    /** Share of letters in Arabic script, for texts that mix an Arabic body with Latin symbols. */
    public static boolean mostlyArabicScript(String text) {
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && arabic * 2 > letters;
    }

    /** Regular expression for a canonical footnote marker; group 1 is its number. */
    public static final Pattern FOOTNOTE_MARKER =
            Pattern.compile(MarkupRemnants.MARKER_OPEN + "(\\d+)" + MarkupRemnants.MARKER_CLOSE);
}
