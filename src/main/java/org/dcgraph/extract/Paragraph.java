package org.dcgraph.extract;

import java.util.List;
import org.dcgraph.reference.OpeningPhrase;

/**
 * One paragraph of a resolution, draft or report.
 *
 * @param kind          preambular or operative (resolutions and drafts), or numbered (reports)
 * @param position      its place among the paragraphs of its kind, from 1
 * @param order         its place among all paragraphs of the document, from 1
 * @param section       the label of the section it stands in ("II"), or null
 * @param number        its printed number (operative paragraphs), or null
 * @param text          its words, cleaned, without footnote markers
 * @param openingWords  the words that open it, as printed (after cleaning), or null
 * @param phrase        the vocabulary concept of its opening phrase, or null when none matched
 * @param footnotes     numbers of the footnotes whose markers it carries
 * @param citations     the instruments it cites in its own words
 * @param mentions      IRIs of the bodies and processes it names, once per naming
 * @param addressees    IRIs of the groups and bodies it addresses (operative paragraphs)
 * @param addresseeText the words naming whom it addresses, when they name no known group
 * @param deadline      the time limit it sets, or null
 * @param goals         IRIs of the Sustainable Development Goals it concerns
 * @param recommendations codes of the Panel recommendations it addresses under a recommendation heading ("1C")
 * @param mandates      every request it makes, its opening verb's first, each with its own addressee and deadline
 *                      (operative paragraphs); {@code addressees}, {@code addresseeText} and {@code deadline} are the
 *                      paragraph's as a whole
 * @param noteCalls     where in {@code text} it calls each of its footnotes, in the order the markers stand
 */
public record Paragraph(Kind kind, int position, int order, String section, Integer number, String text, Span span,
                        String openingWords, OpeningPhrase phrase, List<Integer> footnotes,
                        List<Citation> citations, List<String> mentions, List<String> addressees,
                        String addresseeText, Deadline deadline, List<String> goals, List<String> recommendations,
                        List<Mandate> mandates, List<NoteCall> noteCalls) {
    /** The kinds of the contract: a resolution's preambular and operative paragraphs, a report's numbered ones. */
    public enum Kind { PREAMBULAR, OPERATIVE, NUMBERED }

    public boolean operative() { return kind == Kind.OPERATIVE; }

    /** Its lettered points, read from its words alike whichever reader assembled them. */
    public List<SubPoints.SubPoint> subPoints() { return SubPoints.of(text); }

    /** This operative paragraph as a numbered paragraph of an adopted text, at the given place among them. */
    public Paragraph asNumbered(int numberedPosition) {
        return new Paragraph(Kind.NUMBERED, numberedPosition, order, section, number, text, span, openingWords, phrase, footnotes, citations,
                mentions, addressees, addresseeText, deadline, goals, recommendations, mandates, noteCalls);
    }

    public Paragraph withRecommendations(List<String> codes) {
        return new Paragraph(kind, position, order, section, number, text, span, openingWords, phrase, footnotes, citations,
                mentions, addressees, addresseeText, deadline, goals, List.copyOf(codes), mandates, noteCalls);
    }
}
