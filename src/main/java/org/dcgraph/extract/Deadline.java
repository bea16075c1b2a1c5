package org.dcgraph.extract;

import java.time.LocalDate;
import org.dcgraph.reference.Ordinals;

/** A time limit a paragraph sets: a date, the session of the Assembly at which to act, or only a year ("by 2027"). */
public record Deadline(LocalDate date, Integer session, Integer year) {
    public Deadline(LocalDate date, Integer session) {
        this(date, session, null);
    }

    public String label() {
        if (date != null) return date.toString();
        return session != null ? session + Ordinals.englishSuffix(session) + " session" : String.valueOf(year);
    }
}
