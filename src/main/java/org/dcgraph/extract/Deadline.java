package org.dcgraph.extract;

import java.time.LocalDate;

/** A time limit a paragraph sets: a date, or only the session of the Assembly at which to act. */
public record Deadline(LocalDate date, Integer session) {
    public String label() {
        return date != null ? date.toString() : session + Ordinals.englishSuffix(session) + " session";
    }
}
