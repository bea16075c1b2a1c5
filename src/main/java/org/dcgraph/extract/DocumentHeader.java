package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The header block every UN document prints on its first page, whatever its genre.
 *
 * @param symbols          the document's symbols as printed (one, or each part of a joint symbol), normalised
 * @param distribution     "General", "Limited" or "Restricted", or null
 * @param date             the date of issue printed under the distribution, or null
 * @param originalLanguage the language the document was written in, as a BCP 47 tag, or null
 * @param organ            key of the body ({@code bodies.ttl}) that issues documents of the symbol's series, or null
 * @param session          the session by number ("Seventy-ninth session"), or null
 * @param sessionYear      the session by year (ECOSOC's "2025 session", "Eightieth year" of the Security Council
 *                         is not one), or null
 * @param agendaItems      the agenda items the document is issued under, with their sub-item letters ("69 (a)")
 */
public record DocumentHeader(List<String> symbols, String distribution, LocalDate date, String originalLanguage,
                             String organ, Integer session, Integer sessionYear, List<String> agendaItems) {

    /** The body key ({@code bodies.ttl}) of the General Assembly. */
    public static final String GENERAL_ASSEMBLY = "GA";

    public String symbol() { return symbols.isEmpty() ? null : symbols.get(0); }
}
