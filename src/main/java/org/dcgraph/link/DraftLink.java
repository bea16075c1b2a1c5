package org.dcgraph.link;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;

/**
 * A draft recognised as the text a resolution was adopted from, with their paragraphs paired:
 * each pair is {draft paragraph, resolution paragraph}, preambular by position, operative by number.
 */
public record DraftLink(ExtractedDocument draft, ExtractedDocument resolution, List<ParagraphPair> pairs) {
    public record ParagraphPair(boolean operative, int draftPosition, int resolutionPosition) {}
}
