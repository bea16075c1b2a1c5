package org.dcgraph.extract;

/**
 * A part of a scholarly article: an abstract or a section of its body.
 *
 * @param key      its name in the article's IRI: {@code abstract/{lang}}, {@code sec/{number}} for a numbered
 *                 section, {@code sec/introduction} or {@code sec/conclusion} for the unnumbered ones
 * @param kind     abstract or section
 * @param title    its heading as printed, or null
 * @param language BCP 47 tag of its words
 * @param text     its words, its lines joined with spaces
 * @param order    its place in the article, from 1
 */
public record ArticlePart(String key, Kind kind, String title, String language, String text, Span span, int order) {
    /** What the part is. */
    public enum Kind { ABSTRACT, SECTION }
}
