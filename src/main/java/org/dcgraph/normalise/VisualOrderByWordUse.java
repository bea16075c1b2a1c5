package org.dcgraph.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts back in reading order a right-to-left line that a PDF text layer wrote in visual order when nothing in
 * the line shows where its runs end (the journal article's title). Such a layer writes the line as runs of
 * glyphs from left to right: the runs come in reverse order, each run's own letters in reading order, and the
 * letter ی often makes a run of its own, so that "حکمرانی جهانی" comes out as "یجهان ی حکمران".
 * <p>
 * {@link VisualOrderByDirection} does the same repair for the road map, whose runs end where the writing
 * direction changes (at numbers, Latin words and markers), so the line itself says where to cut. Here all
 * words are in one script, so the document's own words decide: of all the ways to cut the line into runs,
 * the one whose reversal gives the words and word pairs that the rest of the document uses most is taken,
 * a cut between two whole words costing as much as a word pair seen once. A line the document tells nothing
 * about stays as printed.
 * <p>
 * A reading's score is a sum over its words and adjacent word pairs, so the best reading of the pieces not yet
 * placed depends only on the last word placed and the word still open; the search remembers the best reading
 * from each such state instead of trying all 2^(n-1) cuttings of n pieces.
 */
public final class VisualOrderByWordUse {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final char YEH = 'ی';

    /**
     * What a cut between two whole words costs: as much as a word pair seen once. The layer cuts runs at a
     * loose ی for sure, between words only sometimes, so between words the evidence must outweigh it.
     */
    private static final double CUT_BETWEEN_WORDS = Math.log(2);
    /** Scores that differ by rounding only are the same score, and the line then stays as printed. */
    private static final double SAME_SCORE = 1e-9;

    private final Map<String, Integer> counts = new HashMap<>();

    /** @param document the text whose words and word pairs judge the candidates */
    public VisualOrderByWordUse(String document) {
        List<String> words = words(document);
        for (int i = 0; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            if (i > 0) counts.merge(pair(words.get(i - 1), words.get(i)), 1, Integer::sum);
        }
    }

    /** The words of the line in reading order. */
    public String reading(String visual) {
        List<Piece> pieces = pieces(visual);
        List<String> printed = join(pieces);
        Reading best = new Search(pieces).best(new State(pieces.size(), null, null));
        return String.join(" ", best.score() > score(printed) + SAME_SCORE ? best.words() : printed);
    }

    /** The words of a text, letters and marks, in the order they stand. */
    public static List<String> words(String text) {
        return WORD.matcher(text).results().map(m -> m.group()).toList();
    }

    /** A piece of a word; a loose ی, or a letter left over when one was cut off, belongs to the word before it. */
    private record Piece(String text, boolean attaches) {}

    /** Pieces before {@code left} are still to be placed; {@code open} may still grow by attaching pieces. */
    private record State(int left, String previous, String open) {}

    /** The words from a state on (the open word first, once complete) and what they add to the score. */
    private record Reading(double score, List<String> words) {}

    /** One line's search: the best reading from each state, remembered. */
    private final class Search {
        private final List<Piece> pieces;
        private final Map<State, Reading> best = new HashMap<>();

        Search(List<Piece> pieces) {
            this.pieces = pieces;
        }

        /** The next run placed is pieces[start, left): the runs are placed last one first. */
        Reading best(State s) {
            Reading known = best.get(s);
            if (known != null) return known;
            Reading found = s.left() == 0 ? new Reading(wordScore(s.previous(), s.open()), s.open() == null ? List.of() : List.of(s.open())) : null;
            boolean firstRun = s.left() == pieces.size();
            for (int start = s.left() - 1; start >= 0; start--) {
                // Only the whole line, left as printed, may open with a piece that belongs to a word before it.
                if (firstRun && start > 0 && pieces.get(start).attaches()) continue;
                double score = start > 0 && !pieces.get(start - 1).attaches() && !pieces.get(start).attaches() ? -CUT_BETWEEN_WORDS : 0;
                String previous = s.previous();
                String open = s.open();
                List<String> words = new ArrayList<>();
                for (Piece piece : pieces.subList(start, s.left())) {
                    if (piece.attaches() && open != null) {
                        open += piece.text();
                        continue;
                    }
                    if (open != null) {
                        score += wordScore(previous, open);
                        words.add(open);
                        previous = open;
                    }
                    open = piece.text();
                }
                Reading rest = best(new State(start, previous, open));
                if (found == null || score + rest.score() > found.score()) {
                    words.addAll(rest.words());
                    found = new Reading(score + rest.score(), words);
                }
            }
            best.put(s, found);
            return found;
        }
    }

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
        for (int i = 0; i < words.size(); i++) score += wordScore(i > 0 ? words.get(i - 1) : null, words.get(i));
        return score;
    }

    /** What a word adds to a reading: how often the document uses it, and uses it after the word before it. */
    private double wordScore(String previous, String word) {
        if (word == null) return 0;
        double score = Math.log1p(counts.getOrDefault(word, 0));
        return previous == null ? score : score + Math.log1p(counts.getOrDefault(pair(previous, word), 0));
    }

    private static String pair(String first, String second) {
        return first + " " + second;
    }
}
