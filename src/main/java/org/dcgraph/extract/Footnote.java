package org.dcgraph.extract;

import java.util.List;

/** A footnote: its printed number, its text, what it cites, the web addresses it gives and where it stands in the source. */
public record Footnote(int number, String text, Span span, List<Citation> citations, List<String> urls) {}
