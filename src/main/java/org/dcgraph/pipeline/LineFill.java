package org.dcgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * How full a line of right-to-left script is at its left end, where it stops: a typesetter ends a line before a word
 * only when that word does not fit, so a line with room left for the next page's first word did not go on with it
 * (a centred heading, "ثانيا", above the section's title overleaf). Room is measured against the page's left margin,
 * the leftmost glyph of its body; a space between words is a quarter of the font size.
 */
final class LineFill {
    private static final float SPACE = 0.25f;
    /** A gap between glyphs wider than this, in font sizes, parts two words. */
    private static final float WORD_GAP = 0.15f;

    private LineFill() {}

    /** Whether the first word of {@code next} would have fitted at the end of {@code last}, the last body line of {@code pg}. */
    static boolean nextWordFits(PdfLayout.Page pg, PdfLayout.Line last, PdfLayout.Line next) {
        float margin = Float.MAX_VALUE;
        for (PdfLayout.Line l : pg.body) margin = Math.min(margin, left(l));
        float word = firstWordWidth(next);
        return word > 0 && left(last) - margin > word + SPACE * Math.max(last.size, 1f);
    }

    private static float left(PdfLayout.Line l) {
        float left = Float.MAX_VALUE;
        for (TextPosition g : glyphs(l)) left = Math.min(left, g.getXDirAdj());
        return left;
    }

    /** The width of the line's rightmost word, the first that a reader of right-to-left script reads. */
    private static float firstWordWidth(PdfLayout.Line l) {
        List<TextPosition> gs = glyphs(l);
        if (gs.isEmpty()) return 0;
        gs.sort((a, b) -> Float.compare(right(b), right(a)));
        float right = right(gs.get(0)), left = gs.get(0).getXDirAdj();
        for (TextPosition g : gs.subList(1, gs.size())) {
            if (left - right(g) > WORD_GAP * l.size) break;
            left = Math.min(left, g.getXDirAdj());
        }
        return right - left;
    }

    private static float right(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj();
    }

    private static List<TextPosition> glyphs(PdfLayout.Line l) {
        List<TextPosition> gs = new ArrayList<>();
        for (PdfLayout.Word w : l.words) for (TextPosition g : w.glyphs()) if (!g.getUnicode().isBlank()) gs.add(g);
        return gs;
    }
}
