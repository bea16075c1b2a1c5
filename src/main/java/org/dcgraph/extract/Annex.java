package org.dcgraph.extract;

import java.util.List;

/**
 * An annex of a resolution, with its own numbering: its sections, its numbered paragraphs and its footnotes are
 * known under {@code {doc}/annex/{number}} by the same patterns as the document's own.
 *
 * @param number     its place among the annexes, from 1
 * @param label      the heading as printed ("Annex I", "Annex"), or null
 * @param title      its title ("Global Digital Compact"), or null
 * @param paragraphs its paragraphs, numbered ones of kind NUMBERED
 */
public record Annex(int number, String label, String title, Span titleSpan, List<Paragraph> paragraphs,
                    List<Section> sections, List<Footnote> footnotes) {}
