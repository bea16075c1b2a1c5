package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.recognise.Genre;
import org.dcgraph.recognise.Recognition;

/**
 * Extracts a General Assembly resolution or draft resolution, in any language whose
 * {@link Conventions} are known. The text falls in three parts around the formula "The General
 * Assembly,": the header before it (symbol, session, agenda item, date, basis, title, sponsors), the
 * body after it (preambular paragraphs, then numbered operative ones, with footnotes interleaved
 * wherever page breaks fell), and the closing plenary-meeting line.
 */
public final class ResolutionExtractor {
    /**
     * "78/311. Title", "311/78 - العنوان"; a resolution adopted in parts carries its part letter after the
     * number: "78/183 A. Title", "78/183 ألف - العنوان" (group 3; group 4 is the title).
     */
    private static final Pattern RESOLUTION_NUMBER_LINE =
            Pattern.compile("^(\\d{1,3})/(\\d{1,4})(?:\\s*([A-Z]|" + PartLetters.ARABIC + ")(?=\\s*[.\\-–]))?\\s*[.\\-–]\\s*(.+)$");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile("^(A/(?:ES-\\d+/|S-\\d+/)?\\d+/L\\.\\d+(?:/Rev\\.\\d+)?)$");
    /** "A/RES/78/311"; a part is printed after a space ("A/RES/78/183 A") and joined to the number in the symbol. */
    private static final Pattern RESOLUTION_SYMBOL = Pattern.compile("^(A/RES/[\\w./\\-()]+)(?:\\s+([A-Z]))?$");
    private static final Pattern BASIS_LINE = Pattern.compile("^\\[(.+)\\]$");
    private static final Pattern BASIS_SYMBOL = Pattern.compile(
            "\\(\\s*([A-Z][A-Za-z0-9./\\-]*/[A-Za-z0-9./\\-]+?)\\s*(?:[,،]\\s*\\p{L}+\\.?\\s*(\\d+))?\\s*\\)");
    private static final Pattern OPERATIVE_NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.\\-–]\\s+");
    /** A preambular paragraph ends with a comma, an operative one with a semicolon or, the last, a full stop. */
    private static final Pattern ENDS_WITH_FULL_STOP = Pattern.compile("\\.[\"”»\\s\uE000-\uE001\\d]*$");
    private static final Pattern ENDS_WITH_COMMA = Pattern.compile("[,،][\"”»\\s\uE000-\uE001\\d]*$");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(?:\\((\\d{1,3})\\)|\uE000(\\d{1,3})\uE001)\\s*");

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
        int opening = indexOf(blocks, c.opening());
        if (opening < 0) throw new ExtractionException("no opening formula (\"The General Assembly,\") was found");
        List<Folded> header = blocks.subList(0, opening).stream().map(Folded::new).toList();
        boolean draft = recognition.genre() == Genre.GA_DRAFT_RESOLUTION;

        Integer session = sessionOf(header, c, lang);
        Integer agendaItem = firstInt(header, c.agendaItem());
        Basis basis = draft ? null : basisOf(header, c, lang);
        String symbol = symbolOf(header, draft);
        String title = null;
        MappedText titleText = null;
        LocalDate date;
        List<String> sponsorIris = List.of();
        List<String> unknownSponsors = List.of();
        if (draft) {
            date = firstDate(header, null);
            int headingIndex = indexOfFolded(header, c.draftHeading());
            if (headingIndex < 0) throw new ExtractionException("draft resolution without its sponsors' heading");
            Matcher heading = c.draftHeading().matcher(header.get(headingIndex).folded());
            heading.find();
            SponsorReader.Sponsors s = sponsors.read(header.get(headingIndex), heading.end(1), lang);
            sponsorIris = s.countries();
            unknownSponsors = s.unknown();
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
                    if (session == null) session = Integer.parseInt(m.group(1));
                }
            }
            if (symbol == null) throw new ExtractionException("resolution without its number line (\"78/311. Title\")");
        }
        if (title == null) throw new ExtractionException("no title was found");
        if (date == null) throw new ExtractionException("no " + (draft ? "issue" : "adoption") + " date was found");

        Body body = bodyOf(blocks.subList(opening + 1, blocks.size()), c, lang);
        List<Paragraph> paras = paragraphs.read(source, body.paragraphs(), lang, symbol);
        if (paras.stream().noneMatch(Paragraph::operative)) throw new ExtractionException("no operative paragraph was found");
        List<Footnote> notes = paragraphs.readFootnotes(source, body.footnotes(), lang, symbol);
        Span titleSpan = span(source, titleText);
        return new ExtractedDocument(source, recognition.genre(), lang, symbol, session, agendaItem, date, body.meeting(),
                basis, title, titleSpan, paras, notes, sponsorIris, unknownSponsors);
    }

    private record Body(List<ParagraphReader.RawParagraph> paragraphs, List<ParagraphReader.RawFootnote> footnotes, Integer meeting) {}

    /**
     * Assembles the body's paragraphs. A block opens a new paragraph when it starts with the next
     * operative number or (before the first of those) with a known opening phrase; a resolution with a
     * single operative paragraph prints it unnumbered, so before any number a block opening with an
     * operative phrase is taken as operative paragraph 1 (and given back to the preamble's last paragraph
     * if numbered paragraphs follow after all); any other block
     * continues the paragraph a page break or footnote interrupted. The closing meeting line ends the
     * paragraphs but not the footnotes: those of the last page are printed below it.
     */
    private Body bodyOf(List<MappedText> blocks, Conventions c, String lang) {
        List<ParagraphReader.RawParagraph> paras = new ArrayList<>();
        List<ParagraphReader.RawFootnote> notes = new ArrayList<>();
        Integer meeting = null;
        int nextNumber = 1;
        int unnumbered = -1; // index of an operative paragraph printed without a number, while no numbered one is seen
        for (MappedText block : blocks) {
            Folded f = new Folded(block);
            Matcher note = FOOTNOTE_START.matcher(block.text());
            if (note.find()) {
                int n = Integer.parseInt(note.group(1) != null ? note.group(1) : note.group(2));
                notes.add(new ParagraphReader.RawFootnote(n, block.subSequence(note.end(), block.length())));
                continue;
            }
            if (meeting != null) continue;
            Matcher meetingLine = c.meeting().matcher(f.folded());
            if (meetingLine.matches()) {
                meeting = Integer.parseInt(meetingLine.group(1));
                continue;
            }
            Matcher number = OPERATIVE_NUMBER.matcher(block.text());
            if (number.find() && Integer.parseInt(number.group(1)) == nextNumber) {
                if (unnumbered >= 0) {
                    // numbered paragraphs follow, so the block taken for a lone operative paragraph was not one
                    ParagraphReader.RawParagraph wrong = paras.remove(unnumbered);
                    if (paras.isEmpty()) paras.add(new ParagraphReader.RawParagraph(false, null, wrong.text()));
                    else paras.add(paras.remove(paras.size() - 1).continuedBy(wrong.text()));
                    unnumbered = -1;
                }
                paras.add(new ParagraphReader.RawParagraph(true, nextNumber, block.subSequence(number.end(), block.length())));
                nextNumber++;
            } else if (nextNumber == 1 && unnumbered < 0 && !startsLowercase(block)
                    && (paragraphs.opensPreambularParagraph(lang, f.folded()) || opensUnknownPreambularParagraph(paras, f, c))) {
                paras.add(new ParagraphReader.RawParagraph(false, null, block));
            } else if (nextNumber == 1 && unnumbered < 0 && !startsLowercase(block) && paragraphs.opensOperativeParagraph(lang, f.folded())) {
                // a resolution with a single operative paragraph prints it without a number; it is paragraph 1
                unnumbered = paras.size();
                paras.add(new ParagraphReader.RawParagraph(true, 1, block));
            } else if (!paras.isEmpty()) {
                ParagraphReader.RawParagraph last = paras.remove(paras.size() - 1);
                paras.add(last.continuedBy(block));
            }
        }
        if (nextNumber == 1 && unnumbered < 0 && !paras.isEmpty()) {
            // In Arabic the operative verb of a lone unnumbered paragraph ("تحيط علما") is also a preambular
            // phrase without its particle; the paragraph that ends the body with a full stop is the operative one.
            ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
            String folded = new Folded(last.text()).folded();
            if (!last.operative() && ENDS_WITH_FULL_STOP.matcher(last.text().text()).find()
                    && paragraphs.opensOperativeParagraph(lang, folded)) {
                paras.set(paras.size() - 1, new ParagraphReader.RawParagraph(true, 1, last.text()));
            }
        }
        return new Body(paras, notes, meeting);
    }

    /**
     * Whether a block whose opening phrase the vocabulary lacks still starts a preambular paragraph: the
     * first block after "The General Assembly," always does; a later one does when the paragraph before it
     * ended as preambular paragraphs end, with a comma, and the block opens as they open in its language
     * (a capital; in Arabic the particle وإذ). The paragraph is kept, without a phrase, rather than glued
     * to the one before.
     */
    private static boolean opensUnknownPreambularParagraph(List<ParagraphReader.RawParagraph> paras, Folded block, Conventions c) {
        if (paras.isEmpty()) return true;
        ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
        return !last.operative() && ENDS_WITH_COMMA.matcher(last.text().text()).find()
                && c.preambleStart().matcher(block.folded()).find();
    }

    /** A printed paragraph opens with a capital; a block opening in lower case is the rest of one a page break cut. */
    private static boolean startsLowercase(MappedText block) {
        return block.length() > 0 && Character.isLowerCase(block.text().codePointAt(0));
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
            Matcher m = p.matcher(block.clean().text());
            if (m.matches()) return m.group(1) + (draft || m.group(2) == null ? "" : m.group(2));
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

    private static Integer firstInt(List<Folded> header, Pattern p) {
        for (Folded block : header) {
            Matcher m = p.matcher(block.folded());
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return null;
    }

    private static int indexOf(List<MappedText> blocks, Pattern p) {
        for (int i = 0; i < blocks.size(); i++) {
            if (p.matcher(new Folded(blocks.get(i)).folded()).find()) return i;
        }
        return -1;
    }

    private static int indexOfFolded(List<Folded> blocks, Pattern p) {
        for (int i = 0; i < blocks.size(); i++) {
            if (p.matcher(blocks.get(i).folded()).find()) return i;
        }
        return -1;
    }

    static Span span(SourceFile source, MappedText text) {
        if (text == null || text.length() == 0) return null;
        return new Span(source.codePointOffset(text.sourceOffset(0)), source.codePointOffset(text.sourceOffsetAfter(text.length())));
    }
}
