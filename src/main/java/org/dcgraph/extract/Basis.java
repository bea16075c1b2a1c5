package org.dcgraph.extract;

/**
 * What a resolution was adopted on the basis of: a draft in plenary (without reference to a Main
 * Committee), or the report of a Main Committee and the paragraph of it that holds the draft.
 */
public record Basis(String documentSymbol, boolean mainCommittee, String committee, Integer reportParagraph) {}
