package org.dcgraph.extract;

import java.time.LocalDate;

/**
 * An instrument a paragraph or footnote cites, as the citing text describes it.
 *
 * @param symbol the cited document's symbol, as the UN prints it in English, or null for a treaty known by its
 *               registration only
 * @param date   the date the text gives it, or null
 * @param title  the title the text gives it, in the text's language, or null
 * @param treaty where the United Nations Treaty Series publishes it, for a treaty cited that way, or null
 */
public record Citation(String symbol, LocalDate date, String title, TreatySeries treaty) {
    /** A treaty's place in the United Nations Treaty Series: volume and registration number. */
    public record TreatySeries(int volume, int number) {
        public String label() {
            return "United Nations, Treaty Series, vol. " + volume + ", No. " + number;
        }
    }

    public Citation(String symbol, LocalDate date, String title) {
        this(symbol, date, title, null);
    }

    /** What tells two citations of one text apart: the symbol, or the treaty's registration number. */
    public String key() {
        return symbol != null ? symbol : "UNTS " + treaty.number();
    }
}
