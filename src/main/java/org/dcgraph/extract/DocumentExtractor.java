package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.TextNormaliser;
import org.dcgraph.recognise.Genre;
import org.dcgraph.recognise.Recognition;

/**
 * Reads any UN document for what it has: the header every UN document prints ({@link HeaderReader}), then, for a
 * resolution, decision or draft of any organ, the paragraphs after the organ's opening formula ("The Security
 * Council,") as a General Assembly resolution's are read ({@link BodyReader}); for every other genre, or when no
 * formula opens the text, the paragraphs numbered as a report numbers them ("12.") and its Roman-numbered sections.
 * What it looked for and did not find is said, not refused: only a text without a UN symbol on its cover is.
 */
public final class DocumentExtractor {
    private static final Pattern LIST_GOES_ON = Pattern.compile(",\\s*\\*?\\s*$|\\band\\s*$|\\*,|,\\*");

    private static final int MAX_SPONSOR_LINES = 12;

    private final ParagraphReader paragraphs;
    private final ReportExtractor reports;
    private final SponsorReader sponsors;

    public DocumentExtractor(ParagraphReader paragraphs, ReportExtractor reports, SponsorReader sponsors) {
        this.paragraphs = paragraphs;
        this.reports = reports;
        this.sponsors = sponsors;
    }

    /**
     * @param notUnderstood what a reader of the genre tried before found missing (a report of the Secretary-General
     *                      without a section heading), said again in the build report
     */
    public ExtractedDocument extract(SourceFile source, MappedText text, Recognition recognition, List<String> notUnderstood)
            throws ExtractionException {
        String lang = recognition.language();
        Genre genre = recognition.genre();
        HeaderReader.Reading reading = HeaderReader.read(text, lang);
        if (reading == null) throw new ExtractionException("no UN document symbol was found on its first page");
        DocumentHeader header = reading.header();
        String symbol = header.symbol();
        List<String> missing = new ArrayList<>(notUnderstood);
        List<Paragraph> paras = List.of();
        List<Section> sections = List.of();
        List<Footnote> notes = List.of();
        List<Annex> annexes = List.of();
        Integer meeting = null;
        List<Sponsorship> sponsored = List.of();
        Conventions c = Conventions.of(lang);
        if ((genre == Genre.RESOLUTION || genre == Genre.DECISION || genre == Genre.DRAFT) && c != null) {
            List<MappedText> blocks = Blocks.of(text);
            int opening = openingFormula(blocks, c);
            if (genre == Genre.DRAFT) sponsored = sponsors(source, blocks, opening < 0 ? blocks.size() : opening, c, lang);
            if (opening >= 0) {
                BodyReader.Body body = BodyReader.read(blocks.subList(opening + 1, blocks.size()), paragraphs, c, lang, source.text());
                paras = paragraphs.read(source, body.paragraphs(), lang, symbol);
                sections = body.sections().stream()
                        .map(s -> new Section(s.label(), s.title() == null ? null : s.title().text(), ResolutionExtractor.span(source, s.title())))
                        .toList();
                notes = paragraphs.readFootnotes(source, body.footnotes(), lang, symbol);
                meeting = body.meeting();
                annexes = AnnexReader.read(source, body.annexes(), paragraphs, lang, symbol);
                if (paras.stream().noneMatch(Paragraph::operative)) missing.add("no operative paragraphs");
            } else if (genre != Genre.DRAFT) {
                missing.add("no opening formula");
            }
        }
        if (paras.isEmpty()) {
            ReportExtractor.NumberedText numbered = reports.numberedText(source, text, reading.bodyStart(), lang, symbol);
            paras = numbered.paragraphs();
            sections = numbered.sections();
            notes = numbered.footnotes();
            if (paras.isEmpty()) missing.add("no numbered paragraphs");
        }
        String title;
        Span titleSpan = null;
        if (reading.title() != null) {
            // a note called from the title ("... 17 to 19 June 2025¹") is no part of its words
            MappedText printed = reading.title().replaceAll(TextNormaliser.FOOTNOTE_MARKER, "").strip();
            title = printed.text();
            titleSpan = ResolutionExtractor.span(source, printed);
        } else {
            // the symbol is what the document is known by when it prints no title
            title = symbol;
            missing.add("no title");
        }
        if (header.date() == null) missing.add("no date");
        return new ExtractedDocument(source, genre, lang, symbol, header.session(), HeaderReader.firstAgendaItem(header), header.date(),
                meeting, null, title, titleSpan, paras, sections, notes, sponsored, null, null, annexes, header,
                List.copyOf(missing));
    }

    /** The sponsors a draft prints before its kind ("Brazil, Chile ...: draft resolution"), as a General Assembly draft does. */
    private List<Sponsorship> sponsors(SourceFile source, List<MappedText> blocks, int before, Conventions c, String lang) {
        for (int i = 0; i < before; i++) {
            if (!c.draftHeading().matcher(new Folded(blocks.get(i)).folded()).find()) continue;
            // a long list of sponsors wraps over lines a text layer sets apart; each wrapped line ends within the list
            int first = i;
            while (first > 0 && i - first < MAX_SPONSOR_LINES && LIST_GOES_ON.matcher(blocks.get(first - 1).text()).find()) first--;
            Folded block = new Folded(MappedText.join(blocks.subList(first, i + 1), " "));
            Matcher heading = c.draftHeading().matcher(block.folded());
            if (heading.find()) return sponsors.read(block, heading.end(1), lang, source);
        }
        return List.of();
    }

    private static int openingFormula(List<MappedText> blocks, Conventions c) {
        for (int i = 0; i < blocks.size(); i++) {
            if (c.organOpening().matcher(new Folded(blocks.get(i)).folded()).find()) return i;
        }
        return -1;
    }
}
