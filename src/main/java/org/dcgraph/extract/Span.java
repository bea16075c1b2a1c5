package org.dcgraph.extract;

/** Where some words stand in the source file, in Unicode code points from its start (end exclusive). */
public record Span(int start, int end) {}
