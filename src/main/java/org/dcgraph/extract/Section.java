package org.dcgraph.extract;

import java.util.List;

/**
 * A section of a long resolution or a report: its printed numeral or letter ("II", for a report's
 * sub-section "III.A"), its title and where that stands.
 *
 * @param printedTitle    the title as the text layer prints it, when letters had to be repaired; else null
 * @param recommendations codes of the Panel recommendations its recommendation headings name ("1A", "1B")
 * @param footnotes       numbers of the footnotes whose markers its headings carry
 */
public record Section(String label, String title, Span titleSpan, String printedTitle, List<String> recommendations,
                      List<Integer> footnotes) {
    public Section(String label, String title, Span titleSpan) {
        this(label, title, titleSpan, null, List.of(), List.of());
    }

    /** The label of the section it is part of ("III" for "III.A"), or null for a top-level section. */
    public String parentLabel() {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? null : label.substring(0, dot);
    }
}
