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
 * of a page come one per line with no blank line between them.
 */
final class Blocks {
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
                if (FOOTNOTE_LINE.matcher(stripped).lookingAt()) flush(blocks, current);
                current.add(stripped);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    private static void flush(List<MappedText> blocks, List<MappedText> lines) {
        if (!lines.isEmpty()) blocks.add(MappedText.join(lines, " "));
        lines.clear();
    }
}
