package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.dcgraph.normalise.MappedText;

/**
 * Splits normalised text into blocks, the units a PDF-to-text conversion separates by blank lines.
 * The lines of a block are hard-wrapped lines of one paragraph and are joined with a space.
 */
final class Blocks {
    private Blocks() {}

    static List<MappedText> of(MappedText text) {
        List<MappedText> blocks = new ArrayList<>();
        List<MappedText> current = new ArrayList<>();
        for (MappedText line : text.lines()) {
            MappedText stripped = line.strip();
            if (stripped.length() == 0) {
                flush(blocks, current);
            } else {
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
