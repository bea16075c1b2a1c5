package org.dcgraph.extract;

import java.time.LocalDate;

/**
 * An instrument a paragraph or footnote cites, as the citing text describes it.
 *
 * @param symbol the cited document's symbol, as the UN prints it in English
 * @param date   the date the text gives it, or null
 * @param title  the title the text gives it, in the text's language, or null
 */
public record Citation(String symbol, LocalDate date, String title) {}
