package org.dcgraph.pipeline;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * A line of a document written mostly in Arabic script, put in reading order from where its glyphs stand. A PDF places glyphs in
 * visual order whatever program wrote it; PDFBox restores the reading order of each of its words on its own and
 * then emits the words left to right, so a line whose words it cut at a tab, a wide gap or a ligature comes out in
 * pieces in the wrong order ("... - 1" for a paragraph numbered 1, the end of a title before its start). Here the
 * glyphs of the whole line are read right to left: the stretches between wide gaps from right to left, and in each
 * the runs of Arabic reversed while numbers and Latin words keep their own direction (the bidirectional algorithm
 * with a right-to-left paragraph, applied to the visual order, gives back the logical one). A glyph without width
 * (a vowel mark, the alef of a lam-alef ligature) follows the glyph it is set on.
 */
final class RightToLeftLine {
    /**
     * A gap without a space wider than this many font sizes is a tab or a column gap: the stretches it parts are read
     * right to left as wholes (a note's number and its words, a paragraph's number and its text).
     */
    private static final float WIDE_GAP = 0.3f;
    /** How close (points) a glyph without width stands to the glyph it belongs to. */
    private static final float ATTACHED = 0.6f;
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';
    /**
     * Set before the line's leftmost glyph: in an Arabic sentence a number is an Arabic number, whose neighbours'
     * order a hyphen does not join ("2018-2028" is set "2028-2018"); the algorithm learns it from the strong letter
     * before a number, which the leftmost number of a line (the end of its sentence) lacks.
     */
    private static final char ARABIC_LETTER_MARK = '\u061C';

    private RightToLeftLine() {}

    /** Whether most letters of the words are in Arabic script: then every line is a right-to-left paragraph, one in Latin letters too. */
    static boolean isRightToLeft(List<PdfLayout.Word> words) {
        int arabic = 0, other = 0;
        for (PdfLayout.Word w : words) {
            for (TextPosition g : w.glyphs()) {
                String u = g.getUnicode();
                if (u.isEmpty() || !Character.isLetter(u.codePointAt(0))) continue;
                if (Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.ARABIC) arabic++;
                else other++;
            }
        }
        return arabic > other;
    }

    /** The words of the line in reading order, one for each stretch between wide gaps, their glyphs in reading order. */
    static List<PdfLayout.Word> words(List<PdfLayout.Word> words, float size) {
        List<TextPosition> glyphs = visualOrder(words);
        List<List<TextPosition>> stretches = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        float end = Float.NEGATIVE_INFINITY;
        for (TextPosition g : glyphs) {
            if (!current.isEmpty() && !g.getUnicode().isBlank() && g.getXDirAdj() - end > WIDE_GAP * Math.max(size, 1f)) {
                stretches.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            end = Math.max(end, g.getXDirAdj() + g.getWidthDirAdj());
        }
        if (!current.isEmpty()) stretches.add(current);
        Collections.reverse(stretches);
        List<PdfLayout.Word> out = new ArrayList<>();
        for (List<TextPosition> s : stretches) {
            List<TextPosition> logical = logicalOrder(trimmed(s));
            if (logical.isEmpty()) continue;
            StringBuilder text = new StringBuilder();
            for (TextPosition g : logical) text.append(g.getUnicode());
            out.add(new PdfLayout.Word(text.toString(), List.copyOf(logical)));
        }
        return out;
    }

    /** The glyphs left to right, each glyph without width just left of the glyph it is set on, so that it follows it once reversed. */
    private static List<TextPosition> visualOrder(List<PdfLayout.Word> words) {
        List<TextPosition> wide = new ArrayList<>(), zero = new ArrayList<>();
        for (PdfLayout.Word w : words) {
            for (TextPosition g : w.glyphs()) (g.getWidthDirAdj() <= 0.01f && !g.getUnicode().isBlank() ? zero : wide).add(g);
        }
        wide.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<TextPosition> out = new ArrayList<>(wide);
        for (TextPosition z : zero) {
            int at = -1;
            float best = Float.MAX_VALUE;
            for (int i = 0; i < out.size(); i++) {
                TextPosition g = out.get(i);
                float from = Math.abs(z.getXDirAdj() - g.getXDirAdj());
                if (g.getWidthDirAdj() > 0.01f && z.getXDirAdj() >= g.getXDirAdj() - ATTACHED
                        && z.getXDirAdj() < g.getXDirAdj() + g.getWidthDirAdj() && from < best) {
                    at = i;
                    best = from;
                }
            }
            if (at < 0) {
                at = 0;
                while (at < out.size() && out.get(at).getXDirAdj() < z.getXDirAdj()) at++;
            }
            out.add(at, z);
        }
        return out;
    }

    private static List<TextPosition> trimmed(List<TextPosition> s) {
        int a = 0, b = s.size();
        while (a < b && s.get(a).getUnicode().isBlank()) a++;
        while (b > a && s.get(b - 1).getUnicode().isBlank()) b--;
        return s.subList(a, b);
    }

    /** The bidirectional algorithm's runs of a right-to-left paragraph over the visual order: runs reversed, odd-level (Arabic) runs' glyphs too. */
    private static List<TextPosition> logicalOrder(List<TextPosition> visual) {
        if (visual.isEmpty()) return visual;
        StringBuilder s = new StringBuilder().append(ARABIC_LETTER_MARK);
        int[] start = new int[visual.size()];
        boolean afterLatin = false, bracket = false, space = false;
        for (int i = 0; i < visual.size(); i++) {
            String u = visual.get(i).getUnicode();
            char c = u.isEmpty() ? ' ' : u.charAt(0);
            if (Character.isDigit(c) && afterLatin && bracket && space) {
                // "17 (A/78/17)" reads, left to right, "(A/78/17) 17": the number stands before the bracket in the
                // Arabic sentence, not after the symbol; a right-to-left mark keeps the algorithm from joining them
                s.append(RIGHT_TO_LEFT_MARK);
                afterLatin = false;
            }
            start[i] = s.length();
            s.append(u.isEmpty() ? " " : u);
            if (Character.isLetter(c)) {
                afterLatin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                bracket = space = false;
            } else if (!Character.isDigit(c)) {
                bracket |= "()[]".indexOf(c) >= 0;
                space |= Character.isWhitespace(c);
            } else if (bracket || space) {
                afterLatin = false;
            }
        }
        Bidi bidi = new Bidi(s.toString(), Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        List<List<TextPosition>> pieces = new ArrayList<>();
        byte[] levels = new byte[runs];
        int gi = 0;
        for (int r = 0; r < runs; r++) {
            int limit = bidi.getRunLimit(r);
            List<TextPosition> piece = new ArrayList<>();
            while (gi < visual.size() && start[gi] < limit) piece.add(visual.get(gi++));
            levels[r] = (byte) bidi.getRunLevel(r);
            if (levels[r] % 2 == 1) Collections.reverse(piece);
            pieces.add(piece);
        }
        Object[] ordered = pieces.toArray();
        Bidi.reorderVisually(levels, 0, ordered, 0, ordered.length);
        List<TextPosition> out = new ArrayList<>();
        for (Object o : ordered) {
            @SuppressWarnings("unchecked")
            List<TextPosition> piece = (List<TextPosition>) o;
            out.addAll(piece);
        }
        return out;
    }
}
