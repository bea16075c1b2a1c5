package org.dcgraph.pipeline;

/** The content of one input file, already in memory, and the name it is reported under. */
public record NamedBytes(String name, byte[] bytes) implements InputFile {}
