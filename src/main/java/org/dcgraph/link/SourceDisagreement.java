package org.dcgraph.link;

import org.dcgraph.extract.ExtractedDocument;

/**
 * A fact on which two sources of the same document disagree: what its text says and what its Akoma
 * Ntoso markup says, each with the file it came from.
 *
 * @param fact a few words naming the fact ("adoption date", "operative paragraphs")
 */
public record SourceDisagreement(String symbol, String fact, ExtractedDocument text, String textValue,
                                 ExtractedDocument markup, String markupValue) {
    @Override
    public String toString() {
        return symbol + ": " + fact + " differs between sources: " + textValue + " in the text " + text.source().name()
                + " [" + text.language() + "], " + markupValue + " in the Akoma Ntoso " + markup.source().name()
                + " [" + markup.language() + "]";
    }
}
