package org.dcgraph.link;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;

/**
 * What linking the documents of a build found: the documents with the symbols they end with (a draft
 * that lost its symbol gets its resolution's reference to it), the draft-resolution pairs, and notes
 * for the build report (ambiguous or missing matches are said, never guessed).
 */
public record LinkResult(List<ExtractedDocument> documents, List<DraftLink> draftLinks, List<String> notes) {}
