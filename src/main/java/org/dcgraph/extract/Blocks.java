package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.TextNormaliser;

/**
 * Splits normalised text into blocks, the units a PDF-to-text conversion separates by blank lines.
 * The lines of a block are hard-wrapped lines of one paragraph and are joined with a space, except
 * that a line opening with a footnote marker starts a block of its own: the footnotes at the bottom
 * of a page come one per line with no blank line between them; so does a numbered line under a lone heading.
 */
final class Blocks {
    private static final Pattern NUMBERED_LINE = Pattern.compile("\\d{1,3}\\s*[.\\-–]\\s*\\S");
    /** A paragraph number set apart from its words ("65 - تعرب", "12. Decides"), which a number inside a sentence is not ("2.5%"). */
    private static final Pattern NUMBER_APART = Pattern.compile("\\d{1,3}\\s*[.\\-–]\\s+\\S");
    private static final Pattern HEADING_END = Pattern.compile("[.,;:،؛。，；：)\\]\\d]\\s*$");
    private static final int HEADING_MAX = 60;
    /** A longer heading ("بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان والمجلس المشترك للتنسيق والرصد"), still short of a full line. */
    private static final int LONG_HEADING_MAX = 90;
    private static final Pattern FOOTNOTE_LINE = Pattern.compile(TextNormaliser.FOOTNOTE_MARKER.pattern() + "\\s");

    private Blocks() {}

    static List<MappedText> of(MappedText text) {
        List<MappedText> blocks = new ArrayList<>();
        List<MappedText> current = new ArrayList<>();
        for (MappedText line : text.lines()) {
            MappedText stripped = line.strip();
            if (stripped.length() == 0) {
                flush(blocks, current);
            } else {
                if (FOOTNOTE_LINE.matcher(stripped).lookingAt() || opensAfterHeading(current, stripped)) flush(blocks, current);
                current.add(stripped);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    /**
     * A numbered paragraph set close under a heading ("الأمن", then "6 - تكرر ..."): a short line without closing
     * punctuation, alone, followed by a line that opens with a paragraph number, is a heading of its own.
     */
    private static boolean opensAfterHeading(List<MappedText> current, MappedText line) {
        if (current.size() != 1 || !NUMBERED_LINE.matcher(line.text()).lookingAt()) return false;
        String heading = current.get(0).text();
        int max = NUMBER_APART.matcher(line.text()).lookingAt() ? LONG_HEADING_MAX : HEADING_MAX;
        return heading.length() <= max && !HEADING_END.matcher(heading).find();
    }

    private static void flush(List<MappedText> blocks, List<MappedText> lines) {
        if (!lines.isEmpty()) blocks.add(MappedText.join(lines, " "));
        lines.clear();
    }
}
