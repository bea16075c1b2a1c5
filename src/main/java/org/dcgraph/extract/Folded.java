package org.dcgraph.extract;

import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;

/**
 * A piece of cleaned text and its folded twin (see {@link MatchFolding}). Patterns and vocabularies
 * match on the folded text; what a user reads is cut from the cleaned text at the same place.
 */
final class Folded {
    private final MappedText clean;
    private final MappedText folded;

    Folded(MappedText clean) {
        this.clean = clean;
        this.folded = MatchFolding.fold(MappedText.of(clean.text()));
    }

    MappedText clean() { return clean; }

    String folded() { return folded.text(); }

    /** Index in the clean text of a position in the folded text. */
    int cleanIndex(int foldedIndex) {
        return folded.sourceOffset(foldedIndex);
    }

    int cleanIndexAfter(int foldedEnd) {
        return foldedEnd == 0 ? 0 : folded.sourceOffsetAfter(foldedEnd);
    }

    /** The clean words between two folded positions. */
    String cleanText(int foldedStart, int foldedEnd) {
        return clean.text().substring(cleanIndex(foldedStart), cleanIndexAfter(foldedEnd));
    }
}
