package org.dcgraph.extract;

/**
 * The heading of an action in an outcome document, "Action 12. We will ..." and its equivalents in the six
 * languages ({@code extract/action-headings.tsv}). An action heads the paragraphs after it, and is kept as a section
 * labelled {@code action-12} whose title is the heading's words as printed.
 */
public final class ActionHeadings {
    private static final String LABEL_PREFIX = "action-";

    private ActionHeadings() {}

    /** The label of the section the line heads ("action-12"), or null when it heads no action. */
    public static String label(String line) {
        Integer n = NumberedHeadings.ACTIONS.number(line);
        return n == null ? null : LABEL_PREFIX + n;
    }
}
