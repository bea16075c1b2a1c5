package org.dcgraph.extract.akn;

import org.dcgraph.extract.SourceFile;
import org.dcgraph.extract.Span;

/**
 * Where elements stand in the XML source, for the text-position selectors every paragraph carries. A
 * DOM keeps no offsets, so an element is found again in the source by its {@code eId}; the search moves
 * forward through the file, since the parts of a collection may reuse the same eIds.
 */
final class ElementSpans {
    private final SourceFile source;
    private final String xml;
    private int cursor;

    ElementSpans(SourceFile source) {
        this.source = source;
        this.xml = source.text();
    }

    /** The span of the element with this eId, from its start tag to the end of its end tag; null if absent. */
    Span byId(String eId) {
        if (eId == null) return null;
        int at = xml.indexOf("eId=\"" + eId + "\"", cursor);
        if (at < 0) at = xml.indexOf("eId=\"" + eId + "\"");
        if (at < 0) return null;
        int start = xml.lastIndexOf('<', at);
        cursor = start + 1;
        return span(start);
    }

    /** The span of the next element with this name that has no attributes, such as {@code <attachment>}. */
    Span next(String name) {
        int start = xml.indexOf("<" + name + ">", cursor);
        if (start < 0) return null;
        cursor = start + 1;
        return span(start);
    }

    private Span span(int start) {
        int nameEnd = start + 1;
        while (nameEnd < xml.length() && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '>' && xml.charAt(nameEnd) != '/') nameEnd++;
        String name = xml.substring(start + 1, nameEnd);
        int depth = 0;
        int i = start;
        while (i >= 0 && i < xml.length()) {
            int open = xml.indexOf("<" + name, i + 1);
            int close = xml.indexOf("</" + name + ">", i + 1);
            int selfClose = xml.indexOf("/>", i);
            int tagEnd = xml.indexOf('>', i);
            if (i == start && selfClose >= 0 && selfClose + 1 == tagEnd) return of(start, tagEnd + 1);
            if (close < 0) return null;
            if (open >= 0 && open < close && boundary(open + 1 + name.length())) {
                depth++;
                i = open;
            } else if (open >= 0 && open < close) {
                i = open;
            } else if (depth == 0) {
                return of(start, close + name.length() + 3);
            } else {
                depth--;
                i = close;
            }
        }
        return null;
    }

    private boolean boundary(int index) {
        char c = xml.charAt(index);
        return c == ' ' || c == '>' || c == '/' || c == '\n' || c == '\t';
    }

    private Span of(int start, int end) {
        return new Span(source.codePointOffset(start), source.codePointOffset(end));
    }
}
