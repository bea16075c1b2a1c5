package org.dcgraph.extract;

import org.dcgraph.normalise.MappedText;

/**
 * Where the PDF reader, unsure, wrote the first lines of a page with the last line of the page before: a line of
 * Chinese fills its line whether its paragraph goes on overleaf or ends there, so the reader joins them as one
 * paragraph's and leaves a page-break character in the source before the lines it took. No text keeps that character
 * (a block's lines are stripped), but a block still points into the source, so the place of the turn can be found.
 */
final class PageTurns {
    private static final char PAGE_BREAK = '\f';

    private PageTurns() {}

    /** Index in the block of the first character after a marked page turn, or -1. */
    static int in(MappedText block, String source) {
        if (source == null) return -1;
        for (int i = 1; i < block.length(); i++) {
            int o = block.sourceOffset(i);
            if (o > 0 && o <= source.length() && source.charAt(o - 1) == PAGE_BREAK && !Character.isWhitespace(block.charAt(i))) return i;
        }
        return -1;
    }
}
