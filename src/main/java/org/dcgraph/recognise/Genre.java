package org.dcgraph.recognise;

/**
 * The kinds of document dcgraph tells apart. Every UN document has the header they share; a genre says what else
 * its text is read for. The General Assembly's resolutions and drafts and the Secretary-General's reports have
 * readers of their own; the other genres are read by what their text has (an organ's opening formula, numbered
 * paragraphs, sections), and {@link #DOCUMENT} is any UN document none of the others describes.
 */
public enum Genre {
    GA_RESOLUTION("General Assembly resolution"),
    GA_DRAFT_RESOLUTION("General Assembly draft resolution"),
    UN_REPORT("report of the Secretary-General"),
    SCHOLARLY_ARTICLE("scholarly article"),
    RESOLUTION("resolution"),
    DECISION("decision"),
    DRAFT("draft"),
    REPORT("report"),
    LETTER("letter"),
    NOTE_VERBALE("note verbale"),
    NOTE("note"),
    DOCUMENT("document");

    private final String description;

    Genre(String description) {
        this.description = description;
    }

    public String description() { return description; }
}
