package org.dcgraph.pipeline;

/** The content of one input file and the name it is reported under. */
public record NamedBytes(String name, byte[] bytes) {}
