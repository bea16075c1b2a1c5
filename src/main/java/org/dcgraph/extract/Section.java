package org.dcgraph.extract;

/** A section of a long resolution: its printed numeral or letter ("II"), its title and where that stands. */
public record Section(String label, String title, Span titleSpan) {}
