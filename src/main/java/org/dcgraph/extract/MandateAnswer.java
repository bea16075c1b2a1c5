package org.dcgraph.extract;

/**
 * What a document says it answers ("The present report is submitted pursuant to paragraph 15 of General Assembly
 * resolution 78/311"): the resolution, and its paragraph when the text names one.
 *
 * @param symbol    the resolution or decision answered, as the UN prints its symbol in English; null when the words
 *                  after the phrase cite nothing this reader knows ("in response to the above-mentioned resolution")
 * @param paragraph the number of its operative paragraph named, or null when the text names none
 * @param words     the words that say so, as printed, for the build report
 */
public record MandateAnswer(String symbol, Integer paragraph, String words) {
    public boolean placed() {
        return symbol != null;
    }
}
