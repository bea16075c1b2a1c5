package org.dcgraph.recognise;

/** The kinds of document dcgraph tells apart, and whether this version can extract them yet. */
public enum Genre {
    GA_RESOLUTION("General Assembly resolution", true),
    GA_DRAFT_RESOLUTION("General Assembly draft resolution", true),
    UN_REPORT("report of the Secretary-General", true),
    SCHOLARLY_ARTICLE("scholarly article", true);

    private final String description;
    private final boolean supported;

    Genre(String description, boolean supported) {
        this.description = description;
        this.supported = supported;
    }

    public String description() { return description; }

    public boolean supported() { return supported; }
}
