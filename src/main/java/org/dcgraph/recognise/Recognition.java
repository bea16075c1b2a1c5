package org.dcgraph.recognise;

/** What the recogniser made of a text: its genre and its language as a BCP 47 tag. */
public record Recognition(Genre genre, String language) {}
