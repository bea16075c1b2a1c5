package org.dcgraph.normalise;

import java.util.regex.Pattern;

/**
 * Chinese writes no spaces between words, nor between its characters and the figures or Latin letters among them
 * ("2021年12月9日第73/90号决议"); a PDF sets such neighbours apart, and PDFBox reads the gap as a space
 * ("2021 年 12 月 9 日第 73/90 号决议"), and a line wrapped inside a paragraph as a break between two characters of
 * one sentence, or a space between two characters where a line was wrapped. All are layout, not text: in a text written mostly in Han characters they are taken out, so that
 * the words read from a PDF are those of the UN's markup.
 */
final class HanSpacing {
    private static final String HAN = "[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F“”‘’]";
    private static final Pattern SPACE_AFTER_HAN = Pattern.compile("(?<=" + HAN + ")[ \\t]+(?=[A-Za-z0-9(])");
    private static final Pattern SPACE_BEFORE_HAN = Pattern.compile("(?<=[A-Za-z0-9)])[ \\t]+(?=" + HAN + ")");
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<=" + HAN + ")[ \\t]*\\n\f?(?=" + HAN + ")");
    /**
     * A full line of a paragraph (a header line is short) wraps anywhere, inside a figure or a symbol too
     * ("199" / "8年", "A/6" / "2/206"); a note's line, a rule or a page break opens a line of its own. The mark the PDF
     * reader sets before the next page's lines it joined to a page's last line goes with the wrap (the characters after
     * it still point behind it in the source).
     */
    private static final Pattern WRAPPED_FULL_LINE = Pattern.compile("(?<=^[^\\n]{" + 25 + ",2000}[^\\s])\\n\f?(?=[^\\s\\uE000_])",
            Pattern.MULTILINE);
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=" + HAN + ")[ \\t]+(?=" + HAN + ")");

    private HanSpacing() {}

    static MappedText apply(MappedText in) {
        return in.replaceAll(WRAPPED_LINE, "").replaceAll(WRAPPED_FULL_LINE, "").replaceAll(SPACE_BETWEEN_HAN, "").replaceAll(SPACE_AFTER_HAN, "")
                .replaceAll(SPACE_BEFORE_HAN, "");
    }

    /** Whether most letters of the text are Han characters. */
    static boolean mostlyHan(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han * 2 > letters;
    }
}
