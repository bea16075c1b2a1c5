package org.dcgraph.extract;

/**
 * A paragraph whose kind, number and words a markup format states outright, before it is read.
 *
 * @param section the label of the section it stands in, or null
 * @param number  its printed number (operative paragraphs), or null
 */
public record MarkedParagraph(boolean operative, Integer number, String section, String text) {}
