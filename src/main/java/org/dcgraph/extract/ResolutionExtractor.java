package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.recognise.Genre;
import org.dcgraph.recognise.Recognition;
import org.dcgraph.reference.Ordinals;

/**
 * Extracts a General Assembly resolution or draft resolution, in any language whose
 * {@link Conventions} are known. The text falls in three parts around the formula "The General
 * Assembly,": the header before it (symbol, session, agenda item, date, basis, title, sponsors), and
 * the body after it, read by {@link BodyReader}.
 */
public final class ResolutionExtractor {
    /**
     * "78/311. Title", "311/78 - العنوان", and in Arabic also without the dash ("80/15 العنوان", as the UN's XML
     * gives it); a resolution adopted in parts carries its part letter after the number: "78/183 A. Title",
     * "78/183 ألف - العنوان" (group 3; group 4 is the title).
     */
    private static final Pattern RESOLUTION_NUMBER_LINE = Pattern.compile("^((?:ES-|S-)?\\d{1,3})/(\\d{1,4})(?:\\s*([A-Z]|"
            + PartLetters.ARABIC + ")(?:\\s+[A-Z])?(?=\\s*[.\\-–]))?(?:\\s*[.\\-–]\\s*|\\s+(?=\\p{IsArabic}))(.+)$");
    private static final Pattern TITLE_NOTE_CALL = Pattern.compile("\\s*\uE000\\d{1,3}\uE001");
    private static final Pattern OPENING_COMMA = Pattern.compile("[,،，]\\s*$");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile("^(A/(?:ES-\\d+/|S-\\d+/)?\\d+/L\\.\\d+(?:/Rev\\.\\d+)?)$");
    /** "A/RES/78/311"; a part is printed after a space ("A/RES/78/183 A") and joined to the number in the symbol. */
    private static final Pattern RESOLUTION_SYMBOL = Pattern.compile("^(A/RES/[\\w./\\-()]+)(?:\\s+([A-Z]))?$");
    /** Shorter starts of a title are too likely to open a real paragraph to be taken for a page header. */
    private static final int RUNNING_TITLE_MIN = 30;
    private static final Pattern BARE_SYMBOL = Pattern.compile("[A-Z]{1,2}(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+");
    private static final Pattern BASIS_LINE = Pattern.compile("^\\[(.+)\\]$");
    private static final Pattern BASIS_SYMBOL = Pattern.compile(
            "\\(\\s*([A-Z][A-Za-z0-9./\\-]*/[A-Za-z0-9./\\-]+?)\\s*(?:[,،，]\\s*\\p{L}*\\.?\\s*(\\d+)\\p{L}*)?\\s*\\)");

    private final ParagraphReader paragraphs;
    private final SponsorReader sponsors;

    public ResolutionExtractor(ParagraphReader paragraphs, SponsorReader sponsors) {
        this.paragraphs = paragraphs;
        this.sponsors = sponsors;
    }

    public ExtractedDocument extract(SourceFile source, MappedText text, Recognition recognition) throws ExtractionException {
        String lang = recognition.language();
        Conventions c = Conventions.of(lang);
        if (c == null) throw new ExtractionException("no conventions for General Assembly documents in language '" + lang + "'");
        List<MappedText> blocks = Blocks.of(text);
        int opening = openingIndex(blocks, c.opening(), c.adoptionLine());
        if (opening < 0) throw new ExtractionException("no opening formula (\"The General Assembly,\") was found");
        List<Folded> header = blocks.subList(0, opening).stream().map(Folded::new).toList();
        boolean draft = recognition.genre() == Genre.GA_DRAFT_RESOLUTION;

        Integer session = sessionOf(header, c, lang);
        List<String> agendaItems = agendaItemsOf(header, c);
        Integer agendaItem = agendaItems.isEmpty() ? null : Integer.valueOf(agendaItems.get(0).split(" ")[0]);
        Basis basis = draft ? null : basisOf(header, c, lang);
        String symbol = symbolOf(header, draft);
        String title = null;
        MappedText titleText = null;
        LocalDate date;
        List<Sponsorship> sponsorships = List.of();
        if (draft) {
            date = firstDate(header, null);
            int headingIndex = indexOfFolded(header, c.draftHeading());
            if (headingIndex < 0) throw new ExtractionException("draft resolution without its sponsors' heading");
            Matcher heading = c.draftHeading().matcher(header.get(headingIndex).folded());
            heading.find();
            sponsorships = sponsors.read(header.get(headingIndex), heading.end(1), lang, source);
            if (headingIndex + 1 < header.size()) {
                titleText = header.get(headingIndex + 1).clean();
                title = titleText.text();
            }
        } else {
            date = firstDate(header, c.adoptionLine());
            for (Folded block : header) {
                Matcher m = RESOLUTION_NUMBER_LINE.matcher(block.clean().text());
                if (m.matches()) {
                    if (symbol == null) symbol = "A/RES/" + m.group(1) + "/" + m.group(2) + part(m.group(3));
                    titleText = block.clean().subSequence(m.start(4), m.end(4));
                    title = titleText.text();
                    if (session == null && !m.group(1).contains("-")) session = Integer.parseInt(m.group(1));
                }
            }
            if (symbol == null) throw new ExtractionException("resolution without its number line (\"78/311. Title\")");
        }
        if (title == null) throw new ExtractionException("no title was found");
        // a note called on the title (a part's note: "... common system¹", A/RES/75/245 B) is no part of its words
        titleText = titleText.replaceAll(TITLE_NOTE_CALL, "");
        title = titleText.text();
        if (date == null) throw new ExtractionException("no " + (draft ? "issue" : "adoption") + " date was found");

        List<MappedText> bodyBlocks = withoutPageHeaders(blocks.subList(opening + 1, blocks.size()), title);
        BodyReader.Body body = BodyReader.read(bodyBlocks, paragraphs, c, lang, source.text());
        List<Paragraph> paras = adopted(paragraphs.read(source, body.paragraphs(), lang, symbol), body.adoptedFrom());
        List<Section> sections = body.sections().stream()
                .map(s -> new Section(s.label(), s.title() == null ? null : s.title().text(), span(source, s.title()))).toList();
        if (paras.stream().noneMatch(Paragraph::operative)) throw new ExtractionException("no operative paragraph was found");
        List<Footnote> notes = paragraphs.readFootnotes(source, body.footnotes(), lang, symbol);
        Span titleSpan = span(source, titleText);
        List<Annex> annexes = AnnexReader.read(source, body.annexes(), paragraphs, lang, symbol);
        DocumentHeader shared = sharedHeader(HeaderReader.readNamed(text, lang), symbol, session, agendaItems);
        return new ExtractedDocument(source, recognition.genre(), lang, symbol, session, agendaItem, date, body.meeting(),
                basis, title, titleSpan, paras, sections, notes, sponsorships, null, null, annexes, shared, List.of());
    }

    /**
     * The header every UN document prints, as the General Assembly prints it on a resolution or draft: what this
     * reader found (symbol, session, agenda items in the language's own words) stands; the shared reader adds
     * distribution, issue date, original language and, when its symbol is this one, the other symbols of a joint
     * one. A symbol the shared reader found that is not this one is another document's: a text whose cover lost its
     * symbol shows the symbol of its draft or of a report first, and a second symbol would make two documents one.
     */
    static DocumentHeader sharedHeader(HeaderReader.Reading reading, String symbol, Integer session, List<String> agendaItems) {
        DocumentHeader read = reading == null ? null : reading.header();
        List<String> symbols = read != null && symbol != null && symbol.equals(read.symbol()) ? read.symbols()
                : symbol == null ? List.of() : List.of(symbol);
        return new DocumentHeader(symbols, read == null ? null : read.distribution(), read == null ? null : read.date(),
                read == null ? null : read.originalLanguage(), DocumentHeader.GENERAL_ASSEMBLY, session, null, agendaItems);
    }

    /** The agenda items the header prints, with their sub-item letters, in the language's words ("Points 13 et 75 a)"). */
    private static List<String> agendaItemsOf(List<Folded> header, Conventions c) {
        for (Folded block : header) {
            Matcher m = c.agendaItem().matcher(block.folded());
            if (m.find()) return HeaderReader.agendaItems(block.clean().text(), m.start(1));
        }
        return List.of();
    }

    /** The paragraphs from {@code from} on, read as operative ones, as numbered paragraphs of the text the resolution adopts. */
    private static List<Paragraph> adopted(List<Paragraph> paras, int from) {
        if (from < 0) return paras;
        List<Paragraph> out = new java.util.ArrayList<>(paras.subList(0, from));
        int position = 0;
        for (Paragraph p : paras.subList(from, paras.size())) out.add(p.operative() ? p.asNumbered(++position) : p);
        return out;
    }

    /**
     * The blocks of the body without what a printed page repeats at its top: the symbol, standing alone
     * (the normaliser keeps the first symbol line, which may be a page header when the cover printed the
     * symbol beside other words), and the running title, which only the title itself can identify. A block
     * is the running title when it is the title, or the start of a title wrapped over two lines.
     */
    private static List<MappedText> withoutPageHeaders(List<MappedText> blocks, String title) {
        String words = title.replaceAll("\\s+", " ").strip();
        return blocks.stream().filter(b -> {
            String text = b.text().replaceAll("\\s+", " ").strip();
            boolean runningTitle = text.equals(words) || text.length() >= RUNNING_TITLE_MIN && words.startsWith(text) && !text.endsWith(",");
            return !runningTitle && !BARE_SYMBOL.matcher(text).matches();
        }).toList();
    }

    private static Integer sessionOf(List<Folded> header, Conventions c, String lang) {
        for (Folded block : header) {
            Matcher m = c.session().matcher(block.folded());
            if (m.find()) {
                Integer n = Ordinals.parse(lang, m.group(1));
                if (n != null) return n;
            }
        }
        return null;
    }

    private static Basis basisOf(List<Folded> header, Conventions c, String lang) {
        for (Folded block : header) {
            Matcher line = BASIS_LINE.matcher(block.folded());
            if (!line.matches()) continue;
            String inside = line.group(1);
            Matcher sym = BASIS_SYMBOL.matcher(inside);
            String symbol = sym.find() ? sym.group(1) : null;
            Integer para = symbol != null && sym.group(2) != null ? Integer.valueOf(sym.group(2)) : null;
            if (c.withoutCommittee().matcher(inside).find()) return new Basis(symbol, false, null, null);
            Matcher committee = c.committeeReport().matcher(inside);
            String key = null;
            if (committee.find()) {
                Integer n = Ordinals.parse(lang, committee.group(1));
                key = n == null ? null : "C" + n;
            }
            return new Basis(symbol, true, key, para);
        }
        return null;
    }

    private static String symbolOf(List<Folded> header, boolean draft) {
        Pattern p = draft ? DRAFT_SYMBOL : RESOLUTION_SYMBOL;
        for (Folded block : header) {
            // the symbol stands on a line of its own, which a text layer may set without a blank line below the
            // Organization's name
            for (String line : block.clean().text().split("\n")) {
                Matcher m = p.matcher(line.strip());
                if (m.matches()) return m.group(1) + (draft || m.group(2) == null ? "" : m.group(2));
            }
        }
        return null;
    }

    /** The part letter of a resolution adopted in parts, as the UN writes it in a symbol ("A"), or "". */
    private static String part(String printed) {
        return printed == null ? "" : PartLetters.latin(printed);
    }

    private static LocalDate firstDate(List<Folded> header, Pattern line) {
        for (Folded block : header) {
            String f = block.folded();
            if (line != null) {
                Matcher m = line.matcher(f);
                if (!m.find()) continue;
                f = m.group(1);
            }
            LocalDate d = Dates.find(f);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The block of the opening formula. Where the header block names the organ in the same words ("Генеральная
     * Ассамблея", "大会"), only the comma sets the formula apart, so the first block that prints its comma is
     * taken; when none does (a comma lost in conversion, or a formula printed without it: "大会" before a declaration it
     * adopts, Russian formulas before numbered paragraphs), the first block matching after the adoption line or the
     * resolution's number line, both of which the header's organ line precedes, else the first one matching.
     */
    private static int openingIndex(List<MappedText> blocks, Pattern opening, Pattern adoptionLine) {
        int first = -1, afterBodyStart = -1;
        boolean bodyStarted = false;
        for (int i = 0; i < blocks.size(); i++) {
            String folded = new Folded(blocks.get(i)).folded();
            if (adoptionLine != null && adoptionLine.matcher(folded).find()) bodyStarted = true;
            if (RESOLUTION_NUMBER_LINE.matcher(blocks.get(i).text().strip()).matches()) bodyStarted = true;
            if (!opening.matcher(folded).find()) continue;
            if (OPENING_COMMA.matcher(folded).find()) return i;
            if (first < 0) first = i;
            if (bodyStarted && afterBodyStart < 0) afterBodyStart = i;
        }
        return afterBodyStart >= 0 ? afterBodyStart : first;
    }

    private static int indexOfFolded(List<Folded> blocks, Pattern p) {
        for (int i = 0; i < blocks.size(); i++) {
            if (p.matcher(blocks.get(i).folded()).find()) return i;
        }
        return -1;
    }

    /**
     * Where some words stand in the source: from the first to the last source character they come from, which
     * for the lines of a text layer in visual order need not be their first and last character.
     */
    static Span span(SourceFile source, MappedText text) {
        if (text == null || text.length() == 0) return null;
        int start = Integer.MAX_VALUE, end = 0;
        for (int i = 0; i < text.length(); i++) {
            start = Math.min(start, text.sourceOffset(i));
            end = Math.max(end, text.sourceOffset(i) + 1);
        }
        return new Span(source.codePointOffset(start), source.codePointOffset(end));
    }
}
