package org.dcgraph.link;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Paragraph;

/**
 * A draft recognised as the text a resolution was adopted from, with their paragraphs paired in order,
 * preambular with preambular and operative with operative.
 */
public record DraftLink(ExtractedDocument draft, ExtractedDocument resolution, List<ParagraphPair> pairs) {
    public record ParagraphPair(Paragraph inDraft, Paragraph inResolution) {}
}
