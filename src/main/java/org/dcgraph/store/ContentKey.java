package org.dcgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.dcgraph.Digests;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Paragraph;

/**
 * What makes two files the same document: what was read from them, not their bytes or names. A draft renamed, saved
 * as UTF-16 or sent under a {@code .pdf} name decodes and normalises to the same text and reads the same; keyed by
 * its bytes it was a second draft beside the first, and the resolution's link to its draft was lost to the doubt.
 */
final class ContentKey {
    private ContentKey() {}

    static String of(ExtractedDocument d) {
        StringBuilder read = new StringBuilder();
        field(read, d.genre());
        field(read, d.language());
        field(read, d.symbol());
        field(read, d.session());
        field(read, d.agendaItem());
        field(read, d.date());
        field(read, d.title());
        field(read, d.sponsorships());
        for (Paragraph p : d.paragraphs()) field(read, p.kind() + " " + p.number() + " " + p.text());
        for (Footnote f : d.footnotes()) field(read, f.number() + " " + f.text());
        return Digests.sha256(read.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each field ends with a character no text holds, so no two lists of fields give the same string. */
    private static void field(StringBuilder read, Object value) {
        read.append(Objects.toString(value, "")).append('\u0000');
    }
}
