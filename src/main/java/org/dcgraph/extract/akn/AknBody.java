package org.dcgraph.extract.akn;

import static org.dcgraph.extract.akn.AknXml.attr;
import static org.dcgraph.extract.akn.AknXml.child;
import static org.dcgraph.extract.akn.AknXml.children;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.extract.ActionHeadings;
import org.dcgraph.extract.AnnexHeadings;
import org.dcgraph.extract.MarkedParagraph;
import org.dcgraph.extract.NoteCall;
import org.dcgraph.extract.NumberedHeadings;
import org.dcgraph.extract.Section;
import org.dcgraph.extract.Span;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the body of an AKN resolution: the preamble's containers (one per preambular paragraph, named by
 * its opening phrase), the numbered paragraphs of {@code mainBody} with their sub-points, its sections,
 * its footnotes ({@code authorialNote}) and its annexes ({@code attachment}).
 */
final class AknBody {
    /**
     * "1 -" or "24.": a paragraph's number printed in its words, after a direction mark or not (the Chinese of
     * A/RES/79/254 has U+200E, "24.", a tab, "欢迎 ...").
     */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("\\p{Cf}*(\\p{Nd}{1,3})(?:\\s*[-–]|\\.)\\s+(?=\\S)");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\s*(\\p{Nd}+)\\s*[.\\-–]?\\s*$");
    private static final int HEADING_MAX = 150;
    private static final Pattern OPERATIVE_END = Pattern.compile("[;；؛.。][\"”»\\s]*$");
    /** A preamble's paragraph ends with a comma (in Arabic and Chinese their own). */
    private static final Pattern PREAMBLE_END = Pattern.compile("[,،，]\\s*$");
    private static final Pattern SECTION_LABEL = Pattern.compile("^(?:[IVXLC]+|[A-Z])\\.?$");

    /** A paragraph as marked up: its kind and number, its words, how the markup names its opening phrase. */
    /** @param adopted whether it is a numbered paragraph of a text the resolution adopts in its body (see {@link #adoptsText}) */
    /** @param calls where its words call its footnotes */
    record Part(MarkedParagraph paragraph, String eId, String phraseName, List<Integer> footnotes, List<String> linkedSymbols, Span span,
                boolean adopted, List<NoteCall> calls) {}

    record Note(int number, String text, List<String> linkedSymbols, Span span) {}

    final List<Part> parts = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final Map<Integer, Note> notes = new LinkedHashMap<>();
    final List<AknRecord.Annex> annexes = new ArrayList<>();
    /** The annexes read as bodies of their own, in the order they stand. */
    final List<AnnexBody> annexBodies = new ArrayList<>();
    private final ElementSpans spans;
    /** Whether this is the body of an annex: its headings are sections, words before its first number its preamble. */
    private final boolean annex;
    /** Whether a heading stood since the last numbered paragraph: only then may an annex's numbering start again. */
    private boolean headingSinceNumber;
    /** Whether the last operative paragraph was printed without a number. */
    private boolean impliedNumber;
    /** Whether the numbered paragraphs are those of a text the resolution adopts in its body. */
    private boolean adopting;
    /** A number marked up without its words, which belongs to the paragraph after it. */
    private String pendingNumber;
    private int lastNumber;
    private String currentSection;
    private final Set<String> numbered = new HashSet<>();
    private boolean sectionTitlePending;
    /** Whether a numbered section opened and no paragraph of it has been read yet. */
    private boolean sectionOpened;

    /** An annex: its heading as printed ("Annex I"), its title, and its parts read as a body. */
    record AnnexBody(String label, String title, Span titleSpan, AknBody body, String text) {}

    private AknBody(List<Element> paragraphs, ElementSpans spans) {
        this.spans = spans;
        this.annex = true;
        for (Element e : paragraphs) paragraph(e, null);
    }

    AknBody(Element statement, ElementSpans spans) {
        this.spans = spans;
        this.annex = false;
        // a resolution in sections that each have a preamble of their own (A/RES/80/243) is marked up as
        // preambles and main bodies in turn, the section's heading closing the main body before its preamble
        for (Node n = statement.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !AknXml.NS.equals(e.getNamespaceURI())) continue;
            if (e.getLocalName().equals("preface")) {
                // a note on the title or on a part's letter ("B", whose note says which resolution became part A)
                for (Element p : children(e, "p")) notesOf(AknText.of(p));
            } else if (e.getLocalName().equals("preamble")) {
                for (Element container : children(e, "container")) preambular(container);
            } else if (e.getLocalName().equals("mainBody")) {
                operative(e, null);
            }
        }
        Element attachments = child(statement, "attachments");
        if (attachments != null) {
            for (Element attachment : children(attachments, "attachment")) annex(attachment);
        }
    }

    private void preambular(Element container) {
        Span span = spans.byId(attr(container, "eId"));
        List<Element> ps = children(container, "p");
        if (ps.size() > 1 && ps.subList(1, ps.size()).stream().allMatch(AknBody::opensWithBoldPhrase)) {
            // a container whose later paragraphs open with a phrase of their own set in bold, as Arabic and Chinese set
            // a preambular paragraph's (the UN's Chinese of A/RES/75/205 and Arabic of A/RES/77/122 repeat the paragraph
            // before inside the next container), holds as many paragraphs as the print shows
            for (int i = 0; i < ps.size(); i++) {
                AknText t = AknText.of(ps.get(i));
                if (t.text.isEmpty()) continue;
                add(new MarkedParagraph(false, null, currentSection, t.text), attr(container, "eId"),
                        i == 0 ? attr(container, "name") : openingSpan(ps.get(i)), t, span);
            }
            return;
        }
        AknText t = AknText.of(container);
        if (t.text.isEmpty()) return;
        add(new MarkedParagraph(false, null, currentSection, t.text), attr(container, "eId"), attr(container, "name"), t, span);
    }

    private static boolean opensWithBoldPhrase(Element p) {
        List<Element> marked = AknXml.descendants(p, "span");
        if (marked.isEmpty()) return false;
        String cls = attr(marked.get(0), "class");
        String words = marked.get(0).getTextContent().strip();
        return cls != null && cls.contains("bold") && !words.isEmpty() && AknText.of(p).text.startsWith(words);
    }

    private void operative(Element parent, String section) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !AknXml.NS.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "paragraph" -> paragraph(e, section);
                case "crossHeading" -> {
                    String refersTo = attr(e, "refersTo");
                    AknText t = AknText.of(e);
                    if (refersTo != null && refersTo.contains("preamble") && !t.text.isEmpty() && closesSection(e, t)) {
                        // marked up as the section's preamble for its phrase, which opens either part in Chinese
                        // ("注意到", "表示赞赏"), but ending its section as an operative paragraph ends: the section's
                        // one operative paragraph, as the English versions mark it up ("Notes the gross budget ...;")
                        numberedAlone(e, current(section), t);
                    } else if (refersTo != null && refersTo.contains("preamble")) {
                        // the preamble of one section of a long resolution
                        Span span = spans.byId(attr(e, "eId"));
                        if (!t.text.isEmpty()) add(new MarkedParagraph(false, null, current(section), t.text), attr(e, "eId"), openingSpan(e), t, span);
                    } else {
                        heading(t.text, spans.byId(attr(e, "eId")));
                    }
                }
                case "section", "part", "chapter", "title", "division", "hcontainer" -> {
                    Element num = child(e, "num");
                    Element heading = child(e, "heading");
                    String label = num == null ? String.valueOf(sections.size() + 1) : num.getTextContent().strip().replaceAll("[.\\s]+$", "");
                    Span span = spans.byId(attr(e, "eId"));
                    sections.add(new Section(label, heading == null ? null : AknText.of(heading).text, span));
                    // its first paragraph without a number is its paragraph 1, as for a section opened by a heading
                    sectionOpened = true;
                    operative(e, label);
                }
                default -> { }
            }
        }
    }

    /**
     * Whether a paragraph is the last of its section, after the resolution's numbered paragraphs, and ends as an
     * operative paragraph ends (a semicolon or full stop, where a preambular paragraph ends with a comma).
     */
    private boolean closesSection(Element e, AknText t) {
        if (annex || parts.stream().noneMatch(p -> p.paragraph().operative()) || !OPERATIVE_END.matcher(t.text).find()) return false;
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element next && ("paragraph".equals(next.getLocalName()) || "crossHeading".equals(next.getLocalName()))) return false;
        }
        return true;
    }

    /** A section's one operative paragraph, printed without a number: its paragraph 1. */
    private void numberedAlone(Element e, String section, AknText t) {
        impliedNumber = true;
        lastNumber = 1;
        headingSinceNumber = false;
        numbered.add(current(section) + "/1");
        add(new MarkedParagraph(true, 1, section, t.text), attr(e, "eId"), openingSpan(e), t, spans.byId(attr(e, "eId")));
    }

    private String current(String section) {
        return section != null ? section : currentSection;
    }

    /**
     * A heading printed as a paragraph of its own: a numeral ("I", "B") opens a section, the words after
     * it are its title; other headings stand between paragraphs without changing their numbering.
     */
    private void heading(String text, Span span) {
        if (text.isEmpty()) return;
        headingSinceNumber = true;
        if (annex) {
            // as the text path reads them: unnumbered headings, "h1", "h2" ... in the order they stand
            currentSection = "h" + (sections.size() + 1);
            sections.add(new Section(currentSection, text, span));
            return;
        }
        if (SECTION_LABEL.matcher(text).matches()) {
            sectionOpened = true;
            currentSection = text;
            sections.add(new Section(text, null, null));
            sectionTitlePending = true;
        } else if (sectionTitlePending) {
            Section s = sections.remove(sections.size() - 1);
            sections.add(new Section(s.label(), text, span));
            sectionTitlePending = false;
        }
    }

    private void paragraph(Element e, String section) {
        Element num = child(e, "num");
        String printed = num == null ? null : num.getTextContent().strip();
        AknText t = AknText.withoutNumber(e);
        if (t.text.isEmpty() && printed != null && number(printed) != null) {
            // some language versions mark a paragraph's number up as a paragraph of its own, its words in the next
            pendingNumber = printed;
            return;
        }
        if (printed == null && pendingNumber != null) {
            printed = pendingNumber;
            pendingNumber = null;
        }
        Matcher inText = printed == null ? NUMBER_IN_TEXT.matcher(t.text) : null;
        if (inText != null && inText.lookingAt()) {
            // the Arabic of session 75 prints the number in the paragraph's words ("1 -\tتتعهد ..."), without a num, and
            // other versions do so now and then
            printed = inText.group(1);
            t = t.from(inText.end());
        }
        boolean headingOnly = child(e, "content") == null && child(e, "list") == null && child(e, "heading") != null
                || printed == null && t.text.equals(headingText(e));
        if (t.text.isEmpty()) return;
        Span span = spans.byId(attr(e, "eId"));
        String action = printed == null ? ActionHeadings.label(t.text) : null;
        if (action != null) {
            currentSection = action;
            sections.add(new Section(action, t.text, span));
            return;
        }
        // a section's numeral and title may be marked up as paragraphs of their own words ("I", then its title); and a
        // text the resolution adopts is read as an annex is: some language versions mark its headings ("Le Pacte pour
        // l'avenir") up as paragraphs without a number, which would otherwise continue the paragraph before
        boolean sectionWords = printed == null && (SECTION_LABEL.matcher(t.text).matches() || sectionTitlePending);
        if (headingOnly || sectionWords || (annex || adopting || adoptsText()) && !headingOf(e).isEmpty()) {
            heading(t.text, span);
            return;
        }
        sectionTitlePending = false;
        section = current(section);
        Integer printedNumber = number(printed);
        // a number printed again in the same section, or one that goes back without starting again from 1, is
        // quoted text (an article of a statute the paragraph amends), not a paragraph of the resolution
        if (printedNumber != null && printedNumber == 1 && adoptsText()) {
            adopting = true;
            numbered.clear();
            lastNumber = 0;
        }
        // in an annex, "1." after a numbered paragraph with no heading between them opens a numbered list inside it
        boolean repeated = printedNumber != null && (numbered.contains(current(section) + "/" + printedNumber)
                || printedNumber < lastNumber && (printedNumber != 1 || annex && !headingSinceNumber));
        if (annex && printedNumber == null && lastNumber == 0) {
            add(new MarkedParagraph(false, null, section, t.text), attr(e, "eId"), openingSpan(e), t, span);
            return;
        }
        // a section whose one operative paragraph is printed without a number ("XVIII International Trade Centre",
        // then "Approves resources ...") has it as its paragraph 1
        boolean loneInSection = printedNumber == null && sectionOpened && !annex && !PREAMBLE_END.matcher(t.text).find();
        // the number of the paragraph before, printed again on a paragraph that opens with its own marked-up phrase ("3-"
        // for 4 in the Arabic of A/RES/80/192), is a misprint: that paragraph is the next one, as the text reader takes it
        boolean misprinted = repeated && printedNumber == lastNumber && !impliedNumber && !annex && lastOperative() != null
                && opensWithPhrase(e, t);
        if ((printedNumber == null || repeated && !misprinted) && lastOperative() != null && !loneInSection) {
            // "(a)", "(b)" ... printed as paragraphs of their own are sub-points of the paragraph before them;
            // words without a number after a paragraph (a quotation, a table) continue it
            continueLast(printed == null ? t.text : printed + " " + t.text, t, span);
            return;
        }
        if (printedNumber == null && !annex && !parts.isEmpty() && !parts.get(parts.size() - 1).paragraph().operative()
                && PREAMBLE_END.matcher(t.text).find()) {
            // the preamble's last paragraph marked up in the main body without a number (the Chinese of A/RES/77/65)
            // is still a preambular paragraph: it ends as they end, and the paragraph numbered 1 follows it
            add(new MarkedParagraph(false, null, section, t.text), attr(e, "eId"), openingSpan(e), t, span);
            return;
        }
        int number = misprinted ? lastNumber + 1 : printedNumber != null ? printedNumber : loneInSection ? 1 : lastNumber + 1;
        impliedNumber = printedNumber == null;
        lastNumber = number;
        headingSinceNumber = false;
        numbered.add(current(section) + "/" + number);
        add(new MarkedParagraph(true, number, section, t.text), attr(e, "eId"), openingSpan(e), t, span);
    }

    /**
     * Whether the paragraphs numbered from 1 that follow are a text the resolution adopts in its body ("Adopts the
     * following Pact for the Future and its annexes:"): its only operative paragraph, printed without a number, ends
     * with a colon. As in the text reader, that paragraph stays operative paragraph 1 and the adopted text's paragraphs
     * are numbered paragraphs of their own.
     */
    private boolean adoptsText() {
        Part last = lastOperative();
        return !annex && !adopting && impliedNumber && last != null && lastNumber == 1
                && last.paragraph().text().strip().matches("(?s).*[:：:]$");
    }

    /** A printed paragraph number ("1.", "1 -", "١."), or null for anything else ("(a)", "1.1"). */
    private static Integer number(String printed) {
        if (printed == null) return null;
        Matcher m = PARAGRAPH_NUMBER.matcher(printed);
        if (!m.matches()) return null;
        int n = 0;
        for (char c : m.group(1).toCharArray()) n = n * 10 + Character.digit(c, 10);
        return n;
    }

    /** The words of the element's headings, footnotes left out as in its text. */
    private static String headingText(Element e) {
        StringBuilder b = new StringBuilder();
        for (String name : new String[] {"subheading", "heading"}) {
            for (Element h : AknXml.descendants(e, name)) b.append(' ').append(AknText.of(h).text);
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private void continueLast(String words, AknText t, Span span) {
        Part previous = parts.remove(parts.size() - 1);
        List<Integer> footnotes = new ArrayList<>(previous.footnotes());
        List<Integer> numbers = notesOf(t);
        footnotes.addAll(numbers);
        List<String> links = new ArrayList<>(previous.linkedSymbols());
        links.addAll(t.linkedSymbols);
        Span merged = previous.span() == null || span == null ? previous.span() : new Span(previous.span().start(), span.end());
        MarkedParagraph p = previous.paragraph();
        List<NoteCall> calls = new ArrayList<>(previous.calls());
        int shift = p.text().length() + 1 + words.length() - t.text.length();
        for (NoteCall c : callsOf(t, numbers)) calls.add(c.shifted(shift));
        parts.add(new Part(new MarkedParagraph(true, p.number(), p.section(), p.text() + " " + words),
                previous.eId(), previous.phraseName(), footnotes, links, merged, previous.adopted(), calls));
    }

    private Part lastOperative() {
        return parts.isEmpty() || !parts.get(parts.size() - 1).paragraph().operative() ? null : parts.get(parts.size() - 1);
    }

    private void add(MarkedParagraph p, String eId, String phraseName, AknText t, Span span) {
        sectionOpened = false;
        List<Integer> numbers = notesOf(t);
        parts.add(new Part(p, eId, phraseName, numbers, t.linkedSymbols, span, adopting && p.operative(), callsOf(t, numbers)));
    }

    /** Where the words call their notes, numbered as {@link #notesOf} numbered them. */
    private static List<NoteCall> callsOf(AknText t, List<Integer> numbers) {
        List<NoteCall> calls = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) calls.add(new NoteCall(numbers.get(i), t.noteOffsets.get(i)));
        return calls;
    }

    private List<Integer> notesOf(AknText t) {
        List<Integer> numbers = new ArrayList<>();
        for (Element note : t.notes) {
            String marker = attr(note, "marker");
            int number = marker != null && marker.matches("\\d+") ? Integer.parseInt(marker) : notes.size() + 1;
            numbers.add(number);
            if (!notes.containsKey(number)) {
                AknText words = AknText.of(note);
                notes.put(number, new Note(number, words.text, words.linkedSymbols, spans.byId(attr(note, "eId"))));
            }
        }
        return numbers;
    }

    private static boolean opensWithPhrase(Element paragraph, AknText t) {
        String phrase = openingSpan(paragraph);
        return phrase != null && t.text.strip().startsWith(phrase);
    }

    /** The words the markup sets apart at the head of an operative paragraph (italic, or bold in Chinese). */
    private static String openingSpan(Element paragraph) {
        for (Element span : AknXml.descendants(paragraph, "span")) {
            String cls = attr(span, "class");
            if (cls != null && (cls.contains("italic") || cls.contains("bold"))) {
                String words = span.getTextContent().strip();
                return words.isEmpty() ? null : words;
            }
        }
        return null;
    }

    /**
     * The annexes of an attachment: one attachment may hold several ("Annex I" ... "Annex II" as headings of its
     * body), each opened by an annex heading, whose next heading is its title. An attachment without an annex
     * heading is one annex.
     */
    private void annexBodies(Element attachment) {
        Element doc = child(attachment, "doc");
        Element main = doc == null ? null : child(doc, "mainBody");
        if (main == null) return;
        List<Element> group = new ArrayList<>();
        String label = null, title = null;
        Span titleSpan = null;
        boolean titlePending = false;
        for (Element e : children(main, "paragraph")) {
            String heading = headingOf(e);
            if (!heading.isEmpty() && AnnexHeadings.isHeading(heading)) {
                if (label != null || !group.isEmpty()) annexBodies.add(annexBody(label, title, titleSpan, group));
                group = new ArrayList<>();
                label = heading;
                title = null;
                titleSpan = null;
                titlePending = true;
            } else if (!heading.isEmpty() && titlePending) {
                title = heading;
                titleSpan = spans.byId(attr(e, "eId"));
                titlePending = false;
            } else {
                titlePending = false;
                group.add(e);
            }
        }
        if (label != null || !group.isEmpty()) annexBodies.add(annexBody(label, title, titleSpan, group));
    }

    /**
     * The words of an unnumbered paragraph that stands as a heading: marked as one, an objective's numbered heading,
     * or a short line without the punctuation that ends a paragraph (some language versions mark "Приложение I" up
     * as a paragraph); or "".
     */
    private static String headingOf(Element e) {
        if (child(e, "num") != null) return "";
        if (child(e, "content") == null) return headingText(e);
        String words = AknText.of(e).text;
        // an objective's heading is a sentence with its full stop, and in Russian longer than other headings
        if (NumberedHeadings.OBJECTIVES.number(words) != null) return words;
        return words.length() <= HEADING_MAX && !words.matches(".*[.,;:。；：，、،؛]$") && !words.startsWith("(") ? words : "";
    }

    private AnnexBody annexBody(String label, String title, Span titleSpan, List<Element> group) {
        StringBuilder words = new StringBuilder();
        for (Element e : group) words.append(' ').append(AknText.of(e).text);
        return new AnnexBody(label, title, titleSpan, new AknBody(group, spans), words.toString().strip());
    }

    private void annex(Element attachment) {
        Span span = spans.next("attachment");
        int before = annexBodies.size();
        annexBodies(attachment);
        if (annexBodies.size() > before) {
            for (int i = before; i < annexBodies.size(); i++) {
                AnnexBody b = annexBodies.get(i);
                annexes.add(new AknRecord.Annex(annexes.size() + 1, b.label() != null ? b.label() : b.title(), b.text(), i == before ? span : null));
            }
            return;
        }
        AknText t = AknText.of(attachment);
        String title = null;
        for (Element heading : AknXml.descendants(attachment, "heading")) {
            String h = heading.getTextContent().strip();
            if (!h.isEmpty()) {
                title = h;
                break;
            }
        }
        if (!t.text.isEmpty()) annexes.add(new AknRecord.Annex(annexes.size() + 1, title, t.text, span));
    }
}
