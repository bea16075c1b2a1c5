package org.dcgraph.extract.akn;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.extract.NoteCall;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The words of an AKN element as a reader sees them: white space collapsed, footnotes
 * ({@code authorialNote}) left out but remembered, the element's own {@code num} left out, and the
 * documents its {@code <a href>} links point to on undocs.org.
 */
final class AknText {
    /**
     * {@code https://undocs.org/en/A/RES/70/1}: the language segment is optional ("ch" for Chinese), and some of the
     * UN's own links double a slash ({@code https://undocs.org//en/A/RES/217 (III)}).
     */
    private static final Pattern UNDOCS = Pattern.compile("^https?://(?:www\\.)?undocs\\.org/+(?:[a-z]{2}/+)?(.+)$");
    private static final Pattern PART_LETTER = Pattern.compile("/\\d{1,4}([a-z])$");
    private static final Pattern SUPPLEMENT_EDITION = Pattern.compile("(?i)\\(supp\\)$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B]+");
    /**
     * Marks that set the direction of the text around them ("‏"), invisible in print, and the Arabic tatweel that only
     * stretches a word ("الارتيـاح"): the text path leaves both out too, and an opening phrase is matched without them.
     */
    private static final Pattern DIRECTION_MARK = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u0640]");
    /** A series written small in some links ("A/hrc/RES/44/13"), or the session of an early resolution ("1874(s-iv)"). */
    private static final Pattern SMALL_SEGMENT = Pattern.compile("(?<=^|/)[a-z]+(?=/)|\\((?:e?s-)?[ivxl]+\\)$");

    final String text;
    final List<Element> notes = new ArrayList<>();
    /** Where each of {@link #notes} stands in {@link #text}: the characters before it, as {@link NoteCall} counts them. */
    final List<Integer> noteOffsets = new ArrayList<>();
    final List<String> linkedSymbols = new ArrayList<>();

    private AknText(Element e, boolean dropOwnNumber) {
        StringBuilder b = new StringBuilder();
        List<Integer> noteAt = new ArrayList<>();
        walk(e, b, dropOwnNumber ? AknXml.child(e, "num") : null, noteAt);
        this.text = words(b).strip();
        // the words before a note, cleaned as the whole is, end where its marker stands
        for (int at : noteAt) noteOffsets.add(NoteCall.placeAfter(words(b.subSequence(0, at))));
    }

    private static String words(CharSequence raw) {
        return SPACE.matcher(DIRECTION_MARK.matcher(raw).replaceAll("")).replaceAll(" ");
    }

    static AknText of(Element e) { return new AknText(e, false); }

    private AknText(AknText of, int start) {
        this.text = of.text.substring(start);
        notes.addAll(of.notes);
        for (int at : of.noteOffsets) noteOffsets.add(Math.max(0, at - start));
        linkedSymbols.addAll(of.linkedSymbols);
    }

    /** The same element's notes and links with its words from {@code start} on: the number printed in them taken out. */
    AknText from(int start) { return new AknText(this, start); }

    /** The words of a numbered unit without its own number, which the graph records apart. */
    static AknText withoutNumber(Element e) { return new AknText(e, true); }

    private void walk(Node n, StringBuilder b, Node skip, List<Integer> noteAt) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c == skip) continue;
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            } else if (c instanceof Element el) {
                String name = el.getLocalName();
                if ("authorialNote".equals(name)) {
                    notes.add(el);
                    noteAt.add(b.length());
                    continue;
                }
                if ("a".equals(name)) {
                    String symbol = undocsSymbol(el.getAttribute("href"));
                    if (symbol != null) linkedSymbols.add(symbol);
                }
                boolean block = "p".equals(name) || "num".equals(name) || "heading".equals(name) || "eol".equals(name) || "td".equals(name);
                if (block) b.append(' ');
                walk(el, b, null, noteAt);
                if (block) b.append(' ');
            }
        }
    }

    /** The symbol of the document an undocs.org link points to, as the UN writes it, or null. */
    static String undocsSymbol(String href) {
        if (href == null) return null;
        Matcher m = UNDOCS.matcher(href.strip());
        if (!m.matches()) return null;
        String symbol = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).strip();
        while (symbol.endsWith("/") || symbol.endsWith(".")) symbol = symbol.substring(0, symbol.length() - 1);
        // "A/RES/48/218b": the part letter of a resolution adopted in parts, written small in some links
        symbol = symbol.replaceAll("\\s+", "");
        Matcher part = PART_LETTER.matcher(symbol);
        if (part.find()) symbol = symbol.substring(0, part.start(1)) + part.group(1).toUpperCase(java.util.Locale.ROOT);
        // "A/hrc/RES/43/1", "1874(s-iv)": a series or session written small; "A/62/54(supp)": undocs.org's name for the
        // Official Records edition of the same document
        symbol = SUPPLEMENT_EDITION.matcher(symbol).replaceFirst("");
        symbol = SMALL_SEGMENT.matcher(symbol).replaceAll(s -> s.group().toUpperCase(java.util.Locale.ROOT));
        return symbol.isEmpty() || !symbol.contains("/") ? null : symbol;
    }
}
