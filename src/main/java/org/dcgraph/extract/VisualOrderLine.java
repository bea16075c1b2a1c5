package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back in reading order the words of a right-to-left line that a PDF text layer wrote in visual order.
 * Such a layer writes the line as runs of glyphs from left to right: the runs come in reverse order, each
 * run's own letters in reading order, and the letter ی often makes a run of its own, so that "حکمرانی
 * جهانی" comes out as "یجهان ی حکمران". Where one run ends is not written down; the document's own words
 * decide it: of all the ways to cut the line into runs (the line is short), the one whose reversal gives
 * words and word pairs that the rest of the document uses most is taken, a cut between two whole words
 * costing as much as a word pair seen once. A line the document tells nothing about stays as printed.
 */
final class VisualOrderLine {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final char YEH = 'ی';
    /** 2^(n-1) ways to cut n pieces into runs: beyond this many, the line is left as printed. */
    private static final int MAX_PIECES = 20;

    /**
     * What a cut between two whole words costs: as much as a word pair seen once. The layer cuts runs at a
     * loose ی for sure, between words only sometimes, so between words the evidence must outweigh it.
     */
    private static final double CUT_BETWEEN_WORDS = Math.log(2);

    private final Map<String, Integer> counts = new HashMap<>();

    /** @param document the text whose words and word pairs judge the candidates */
    VisualOrderLine(String document) {
        List<String> words = words(document);
        for (int i = 0; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            if (i > 0) counts.merge(words.get(i - 1) + " " + words.get(i), 1, Integer::sum);
        }
    }

    /** The words of the line in reading order. */
    String reading(String visual) {
        List<Piece> pieces = pieces(visual);
        if (pieces.isEmpty() || pieces.size() > MAX_PIECES) return String.join(" ", words(visual));
        List<String> best = join(pieces);
        double bestScore = score(best);
        for (int cuts = 1; cuts < 1 << (pieces.size() - 1); cuts++) {
            List<Piece> order = reversedRuns(pieces, cuts);
            if (order.get(0).attaches()) continue;
            List<String> words = join(order);
            double score = score(words) - CUT_BETWEEN_WORDS * wordCuts(pieces, cuts);
            if (score > bestScore) {
                bestScore = score;
                best = words;
            }
        }
        return String.join(" ", best);
    }

    /** A piece of a word; a loose ی, or a letter left over when one was cut off, belongs to the word before it. */
    private record Piece(String text, boolean attaches) {}

    /** The words of the line, with a ی at either end of a word made a piece of its own. */
    private static List<Piece> pieces(String visual) {
        List<Piece> pieces = new ArrayList<>();
        for (String word : words(visual)) {
            boolean leading = word.length() > 1 && word.charAt(0) == YEH;
            boolean trailing = word.length() > 1 && word.charAt(word.length() - 1) == YEH;
            if (leading && trailing && word.length() == 2) trailing = false;
            if (leading) pieces.add(new Piece(String.valueOf(YEH), true));
            String core = word.substring(leading ? 1 : 0, trailing ? word.length() - 1 : word.length());
            if (!core.isEmpty()) pieces.add(new Piece(core, core.equals(String.valueOf(YEH)) || ((leading || trailing) && core.length() == 1)));
            if (trailing) pieces.add(new Piece(String.valueOf(YEH), true));
        }
        return pieces;
    }

    /** The runs the cuts make (bit i set: a run ends after piece i), last run first. */
    private static List<Piece> reversedRuns(List<Piece> pieces, int cuts) {
        List<List<Piece>> runs = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            run.add(pieces.get(i));
            if (i == pieces.size() - 1 || (cuts & (1 << i)) != 0) {
                runs.add(0, run);
                run = new ArrayList<>();
            }
        }
        List<Piece> out = new ArrayList<>();
        runs.forEach(out::addAll);
        return out;
    }

    private static int wordCuts(List<Piece> pieces, int cuts) {
        int n = 0;
        for (int i = 0; i < pieces.size() - 1; i++) {
            if ((cuts & (1 << i)) != 0 && !pieces.get(i).attaches() && !pieces.get(i + 1).attaches()) n++;
        }
        return n;
    }

    private static List<String> join(List<Piece> pieces) {
        List<String> words = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.attaches() && !words.isEmpty()) words.set(words.size() - 1, words.get(words.size() - 1) + piece.text());
            else words.add(piece.text());
        }
        return words;
    }

    private double score(List<String> words) {
        double score = 0;
        for (int i = 0; i < words.size(); i++) {
            score += Math.log1p(counts.getOrDefault(words.get(i), 0));
            if (i > 0) score += Math.log1p(counts.getOrDefault(words.get(i - 1) + " " + words.get(i), 0));
        }
        return score;
    }

    /** The words of a text, letters and marks, in the order they stand. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }
}
