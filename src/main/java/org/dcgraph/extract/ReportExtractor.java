package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.BodyFontDamage;
import org.dcgraph.normalise.HeadingFontRepair;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.normalise.TextNormaliser;
import org.dcgraph.recognise.Recognition;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;
import org.dcgraph.reference.Ordinals;

/**
 * Extracts a report of the Secretary-General, in any language whose {@link Conventions} and
 * {@link ReportConventions} are known. The header (session, agenda item, symbol, title, whose report it is)
 * stands before the first section heading; the body is a tree of sections (I, II, III, and sub-sections
 * III.A ...) holding numbered paragraphs, with the footnotes of each page below a rule ({@code ____}).
 * <ul>
 * <li>Titles and headings are read through {@link HeadingFontRepair}, which restores the letters a damaged
 * heading font substitutes; the title as printed is kept beside the repaired one.</li>
 * <li>A paragraph opens with its number, the next in sequence ({@code 12 - }); every other line continues the
 * paragraph a page break, a footnote block or a heading interrupted.</li>
 * <li>A footnote block runs from the rule to the next page's text: a line opening with a marker starts a
 * footnote, other lines continue it, until the last footnote the page's markers call for has ended with a full
 * stop, a heading or a numbered paragraph starts, a bare web address (a PDF's link annotation) closes the page, or
 * the page ends (the form feed the PDF reader writes between pages).</li>
 * <li>A recommendation heading ("Recommendation 1A", "التوصيتان 1 جيم و 1 دال") gives its codes to the
 * section it stands in and to the paragraphs under it, up to the next heading of a section.</li>
 * <li>In a heading whose text layer put its last words first, the words are rotated when that makes the
 * heading name a body the reference data knows ("الفريق الرفيع المستوى المعني بالتعاون الرقمي").</li>
 * </ul>
 */
public final class ReportExtractor {
    private static final Pattern SYMBOL_LINE = Pattern.compile("^[A-Z]{1,2}(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+$");
    /** The cover's first line: the Organization's name, then the symbol ("United Nations A/74/821"). */
    private static final Pattern SYMBOL_AT_END = Pattern.compile("(?<=\\s)((?:A|E|S)/[A-Z0-9][A-Za-z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+)$");
    private static final char PAGE_BREAK = '\f';
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^_{5,}$");
    /** A web address alone on a line: a PDF's link annotation, written after the text of its page. */
    private static final Pattern LINK_ANNOTATION = Pattern.compile("^(?:https?://|www\\.)[^\\s\\p{IsArabic}]*$");
    private static final Pattern PARAGRAPH_START = Pattern.compile("^(\\d{1,3})\\s*[-–.]\\s+");
    /** Dot leaders of a table of contents; the damaged body font prints the full stop as و. */
    private static final Pattern DOT_LEADERS = Pattern.compile("(?:[.…]\\s*){5,}|(?:(?<=\\s)و\\s+){5,}");
    private static final Pattern MARKER = TextNormaliser.FOOTNOTE_MARKER;
    private static final Pattern LEADING_MARKER = Pattern.compile("^" + MARKER.pattern() + "\\s*");
    /** A footnote ends with a full stop, which the damaged body font prints as و (alone, or after a Latin word or a bracket). */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?:\\.|(?:^|[\\s\\p{IsLatin}\\d()/”\"\\]])و|\\p{IsArabic}{2,}و)[\\s/)(”\"]*$");
    private static final Set<String> WORDS_ENDING_IN_WAW = Set.of("نحو", "أو", "هو", "يدعو", "تدعو", "نمو", "النمو", "عضو");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{IsArabic}+)[\\s/)(”\"]*$");
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d|[()]|" + MARKER.pattern());
    private static final Pattern ENDS_WITH_PUNCTUATION = Pattern.compile("[.,;:،؛!?]\\s*$");
    private static final Pattern CODE_NUMBER = Pattern.compile("(?<![\\d/.,])([1-5])(?![\\d/.,])");
    private static final int HEADING_MAX = 160;
    private static final int SUB_HEADING_MAX = 90;
    private static final int MAX_ROTATION = 3;
    private static final String SECRETARY_GENERAL = "SG";
    private static final Map<List<String>, Pattern[]> HEADING_PATTERNS = new ConcurrentHashMap<>();

    private final ParagraphReader paragraphs;
    private final Lexicons lexicons;
    private final Set<String> recommendationCodes;
    private final HeadingFontRepair repair = HeadingFontRepair.instance();

    /** @param recommendationCodes the codes of the Panel's recommendations the reference data knows */
    public ReportExtractor(ParagraphReader paragraphs, Lexicons lexicons, Set<String> recommendationCodes) {
        this.paragraphs = paragraphs;
        this.lexicons = lexicons;
        this.recommendationCodes = recommendationCodes;
    }

    public ExtractedDocument extract(SourceFile source, MappedText text, Recognition recognition) throws ExtractionException {
        String lang = recognition.language();
        Conventions c = Conventions.of(lang);
        ReportConventions rc = ReportConventions.of(lang);
        if (c == null || rc == null) throw new ExtractionException("no conventions for reports in language '" + lang + "'");
        List<MappedText> raw = text.lines();
        List<MappedText> lines = raw.stream().map(MappedText::strip).toList();
        Memo memo = new Memo();
        int bodyStart = firstSectionHeading(lines, rc, memo);
        if (bodyStart < 0) throw new ExtractionException("report without a section heading (\"I. Introduction\", \"أولا - ...\")");
        Header header = header(lines.subList(0, bodyStart), raw, c, rc, lang, memo);
        String symbol = header.symbol != null ? header.symbol : firstSymbol(lines);
        if (symbol == null) throw new ExtractionException("report without its symbol");
        if (header.title == null) throw new ExtractionException("no title was found");

        NumberedText body = numberedText(source, text, raw, lines, bodyStart, rc, lang, symbol, memo);
        if (body.paragraphs().isEmpty()) throw new ExtractionException("no numbered paragraph was found");
        return new ExtractedDocument(source, recognition.genre(), lang, symbol, header.session, header.agendaItem, header.date,
                null, null, header.title.text(), ResolutionExtractor.span(source, header.printedTitle), body.paragraphs(), body.sections(),
                body.footnotes(), List.of(), new ReportHeader(header.author, printedIfRepaired(header.printedTitle, header.title)));
    }

    /** The numbered paragraphs, sections and footnotes of a text read as a report reads them. */
    record NumberedText(List<Paragraph> paragraphs, List<Section> sections, List<Footnote> footnotes) {}

    /**
     * The text from a line on read as a report's body is read, for any document that numbers its paragraphs as
     * reports do ("12."), with or without Roman-numbered sections; empty in a language without report conventions.
     */
    NumberedText numberedText(SourceFile source, MappedText text, int fromLine, String lang, String symbol) {
        ReportConventions rc = ReportConventions.of(lang);
        if (rc == null) return new NumberedText(List.of(), List.of(), List.of());
        List<MappedText> raw = text.lines();
        List<MappedText> lines = raw.stream().map(MappedText::strip).toList();
        return numberedText(source, text, raw, lines, fromLine, rc, lang, symbol, new Memo());
    }

    /** @param raw the lines as printed, where page breaks still stand; {@code lines} the same lines stripped */
    private NumberedText numberedText(SourceFile source, MappedText text, List<MappedText> raw, List<MappedText> lines, int fromLine, ReportConventions rc,
                                      String lang, String symbol, Memo memo) {
        Body body = new Body(rc, lang, memo);
        for (int i = 0; i < raw.size(); i++) if (raw.get(i).text().indexOf(PAGE_BREAK) >= 0) body.pageBreaks.add(i);
        for (int i = fromLine; i < lines.size(); i++) body.accept(lines, i);
        body.finishFootnote();
        boolean damagedFont = BodyFontDamage.printedIn(text.text());
        List<Paragraph> paras = paragraphs.read(source, body.paras, lang, symbol, damagedFont);
        List<Footnote> notes = paragraphs.readFootnotes(source, body.notes, lang, symbol, damagedFont);
        List<Section> sections = body.sections.stream()
                .map(s -> new Section(s.label, s.title.text(), ResolutionExtractor.span(source, s.printed), s.printedTitle(),
                        List.copyOf(s.recommendations), List.copyOf(s.footnotes)))
                .toList();
        return new NumberedText(paras, sections, notes);
    }

    /**
     * The repaired and folded forms of the lines of one document, each worked out once: a line is asked
     * whether it is a heading of several kinds.
     */
    private final class Memo {
        private final Map<String, String> repaired = new HashMap<>();
        private final Map<String, String> folded = new HashMap<>();

        String repaired(String line) {
            return repaired.computeIfAbsent(line, repair::repair);
        }

        String folded(String line) {
            return folded.computeIfAbsent(line, MatchFolding::fold);
        }

        HeadingMatch heading(String repairedLine, List<String> numerals) {
            if (repairedLine.length() > HEADING_MAX || PARAGRAPH_START.matcher(repairedLine).find()) return null;
            return ReportExtractor.heading(folded(repairedLine), numerals);
        }
    }

    private record Header(String symbol, Integer session, Integer agendaItem, LocalDate date, MappedText title,
                          MappedText printedTitle, String author) {}

    /**
     * The header: session and agenda item as in resolutions; whose report it is, from the line that says so;
     * the title, the lines just before that line (a run of blank lines, or one blank line and another indent, sets it
     * apart from the agenda item's title above it; the cover's furniture after a blank line, "Original: English", ends
     * it), or that line itself when nothing stands above it; the date, if the header prints one. {@code indented} are the
     * lines with the indents the layout kept.
     */
    private Header header(List<MappedText> lines, List<MappedText> indented, Conventions c, ReportConventions rc, String lang, Memo memo) {
        String symbol = null;
        Integer session = null, agendaItem = null;
        int reportOf = -1;
        LocalDate date = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            String folded = memo.folded(memo.repaired(raw));
            if (symbol == null && SYMBOL_LINE.matcher(raw).matches()) symbol = raw;
            Matcher cover = SYMBOL_AT_END.matcher(raw);
            if (symbol == null && reportOf < 0 && cover.find()) symbol = cover.group(1);
            Matcher s = c.session().matcher(folded);
            if (session == null && s.find()) session = Ordinals.parse(lang, s.group(1));
            Matcher a = c.agendaItem().matcher(folded);
            if (agendaItem == null && a.find()) agendaItem = Integer.valueOf(a.group(1));
            if (reportOf < 0 && rc.reportOfSecretaryGeneral().matcher(folded).find()) reportOf = i;
            if (date == null && reportOf < 0) date = Dates.find(folded);
        }
        if (reportOf < 0) return new Header(symbol, session, agendaItem, date, null, null, null);
        List<MappedText> titleLines = new ArrayList<>();
        int blanks = 0;
        for (int i = reportOf - 1; i >= 0; i--) {
            if (lines.get(i).length() == 0) {
                if (!titleLines.isEmpty() && ++blanks >= 2) break;
                continue;
            }
            String line = lines.get(i).text();
            // right above the report line a date alone is the title's last line ("during the period from 21 October 2024 to
            // 20 February 2025"); after a blank line it is the cover's
            if ((blanks > 0 || titleLines.isEmpty() && Dates.find(MatchFolding.fold(line)) == null) && HeaderReader.isCoverFurniture(line)) break;
            if (blanks > 0 && Math.abs(HeaderReader.leadingSpaces(indented.get(i)) - HeaderReader.leadingSpaces(indented.get(i + blanks + 1))) > 1) break;
            blanks = 0;
            if (c.agendaItem().matcher(MatchFolding.fold(lines.get(i).text())).find()) break;
            titleLines.add(0, lines.get(i));
        }
        // "Report of the Secretary-General on Somalia": no title above, the line that says whose report it is names it
        if (titleLines.isEmpty()) titleLines.add(lines.get(reportOf));
        MappedText printed = MappedText.join(titleLines, " ");
        MappedText title = headingText(titleLines, lang);
        return new Header(symbol, session, agendaItem, date, title, printed, SECRETARY_GENERAL);
    }

    /** The words of a heading printed over one or more lines: repaired, and each line's words in reading order. */
    private MappedText headingText(List<MappedText> lines, String lang) {
        List<MappedText> repaired = new ArrayList<>(lines.stream().map(repair::repair).toList());
        for (int i = 0; i < repaired.size(); i++) repaired.set(i, bestRotation(repaired, i, lang));
        return MappedText.join(repaired, " ");
    }

    /**
     * A line whose text layer put its last words first reads as printed only once they go back to its end; of
     * the line as read and its rotations by up to three words, the one that lets the heading name the most
     * known bodies wins, the line as read on a tie.
     */
    private MappedText bestRotation(List<MappedText> lines, int index, String lang) {
        NameFinder bodies = lexicons.finder(Lexicons.Kind.BODY, lang);
        MappedText line = lines.get(index);
        List<int[]> words = words(line.text());
        MappedText best = line;
        int bestCover = cover(bodies, lines, index, line);
        for (int k = 1; k <= MAX_ROTATION && k < words.size(); k++) {
            int cut = words.get(k)[0];
            MappedText rotated = MappedText.join(List.of(line.subSequence(cut, line.length()), line.subSequence(0, cut).strip()), " ");
            int cover = cover(bodies, lines, index, rotated);
            if (cover > bestCover) {
                best = rotated;
                bestCover = cover;
            }
        }
        return best;
    }

    private static int cover(NameFinder bodies, List<MappedText> lines, int index, MappedText candidate) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) texts.add(i == index ? candidate.text() : lines.get(i).text());
        return bodies.find(MatchFolding.fold(String.join(" ", texts))).stream().mapToInt(h -> h.end() - h.start()).sum();
    }

    private static List<int[]> words(String s) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(s);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        return words;
    }

    private int firstSectionHeading(List<MappedText> lines, ReportConventions rc, Memo memo) {
        for (int i = 0; i < lines.size(); i++) {
            String repaired = memo.repaired(lines.get(i).text());
            if (isTableOfContents(repaired)) continue;
            HeadingMatch h = memo.heading(repaired, rc.numerals());
            if (h != null && h.index == 0) return i;
        }
        return -1;
    }

    private static String firstSymbol(List<MappedText> lines) {
        return lines.stream().map(MappedText::text).filter(s -> SYMBOL_LINE.matcher(s).matches()).findFirst().orElse(null);
    }

    private static boolean isTableOfContents(String line) {
        return DOT_LEADERS.matcher(line).find();
    }

    /** A numbered heading: which numeral or letter of the list it has (from 0), and where it stands in the line. */
    private record HeadingMatch(int index, int start, int end) {}

    /**
     * A heading line numbered with one of the numerals: "I. Title", "أولا - العنوان", or in a text layer in
     * visual order "العنوان - أولا", the numeral after the title or among its words.
     */
    private static HeadingMatch heading(String folded, List<String> numerals) {
        Pattern[] patterns = HEADING_PATTERNS.computeIfAbsent(numerals, ReportExtractor::headingPatterns);
        for (int n = 0; n < numerals.size(); n++) {
            Matcher first = patterns[2 * n].matcher(folded);
            if (first.find()) return new HeadingMatch(n, first.start(), first.end());
            Matcher after = patterns[2 * n + 1].matcher(folded);
            if (after.find()) return new HeadingMatch(n, after.start(), after.end());
        }
        return null;
    }

    /** For each numeral, the heading it opens and the heading it closes (in visual order). */
    private static Pattern[] headingPatterns(List<String> numerals) {
        Pattern[] patterns = new Pattern[2 * numerals.size()];
        for (int n = 0; n < numerals.size(); n++) {
            String numeral = Pattern.quote(MatchFolding.fold(numerals.get(n)));
            patterns[2 * n] = Pattern.compile("^" + numeral + "\\s*[-–.]\\s*");
            patterns[2 * n + 1] = Pattern.compile("(?:^|\\s)[-–]\\s*" + numeral + "(?![\\p{L}])");
        }
        return patterns;
    }

    /** A section being read: its label, its title as printed and as read, and the recommendations its headings name. */
    private static final class RawSection {
        final String label;
        final MappedText printed;
        final MappedText title;
        final Set<String> recommendations = new LinkedHashSet<>();
        final Set<Integer> footnotes = new LinkedHashSet<>();

        RawSection(String label, MappedText printed, MappedText title) {
            this.label = label;
            this.printed = printed;
            this.title = title;
        }

        String printedTitle() {
            return printedIfRepaired(printed, title);
        }
    }

    private static String printedIfRepaired(MappedText printed, MappedText read) {
        if (printed == null || read == null) return null;
        return printed.text().equals(read.text()) ? null : printed.text();
    }

    /** The body, read line by line. */
    private final class Body {
        final ReportConventions rc;
        final String lang;
        final List<ParagraphReader.RawParagraph> paras = new ArrayList<>();
        final List<ParagraphReader.RawFootnote> notes = new ArrayList<>();
        final List<RawSection> sections = new ArrayList<>();
        int nextNumber = 1;
        int numeralCount;
        int letterCount;
        String topSection;
        List<String> codes = List.of();
        boolean inFootnotes;
        Integer footnoteNumber;
        MappedText footnoteText;
        int highestMarkerInBody;
        int lastFootnote;
        /** Lines holding a form feed, which the PDF reader writes between pages: a footnote block ends with its page. */
        final Set<Integer> pageBreaks = new HashSet<>();

        final Memo memo;

        Body(ReportConventions rc, String lang, Memo memo) {
            this.rc = rc;
            this.lang = lang;
            this.memo = memo;
        }

        void accept(List<MappedText> lines, int i) {
            MappedText line = lines.get(i);
            String s = line.text();
            if (s.isEmpty()) {
                if (pageBreaks.contains(i)) {
                    finishFootnote();
                    inFootnotes = false;
                }
                return;
            }
            if (FOOTNOTE_RULE.matcher(s).matches()) {
                finishFootnote();
                inFootnotes = true;
                return;
            }
            if (LINK_ANNOTATION.matcher(s).matches()) {
                finishFootnote();
                inFootnotes = false;
                return;
            }
            if (inFootnotes) {
                if (footnoteLine(lines, i)) return;
                finishFootnote();
                inFootnotes = false;
            }
            String repaired = memo.repaired(s);
            if (recommendationHeading(repaired)) {
                noteMarkers(s);
                return;
            }
            if (sectionHeading(line, repaired)) return;
            Matcher number = PARAGRAPH_START.matcher(s);
            if (number.find() && Integer.parseInt(number.group(1)) == nextNumber) {
                paras.add(new ParagraphReader.RawParagraph(Paragraph.Kind.NUMBERED, nextNumber, line.subSequence(number.end(), line.length()),
                        currentSection(), codes));
                nextNumber++;
            } else if (isSubHeading(s, repaired, lines, i)) {
                return;
            } else if (!paras.isEmpty()) {
                paras.add(paras.remove(paras.size() - 1).continuedBy(line));
            }
            noteMarkers(s);
        }

        /** Whether a line in a footnote block belongs to a footnote (and takes it), or the page's text goes on. */
        boolean footnoteLine(List<MappedText> lines, int i) {
            MappedText line = lines.get(i);
            Matcher marker = footnoteStart(line.text());
            if (marker != null) {
                finishFootnote();
                footnoteNumber = Integer.valueOf(marker.group(1));
                footnoteText = MappedText.join(List.of(line.subSequence(0, marker.start()).strip(),
                        line.subSequence(marker.end(), line.length()).strip()).stream().filter(t -> t.length() > 0).toList(), " ");
                lastFootnote = footnoteNumber;
                return true;
            }
            if (footnoteNumber == null || startsParagraph(line.text()) || isHeading(line.text())) return false;
            if (footnoteNumber >= highestMarkerInBody && endsSentence(footnoteText.text())) return false;
            String before = footnoteText.text();
            boolean glued = before.endsWith("_") || before.endsWith("/") || before.endsWith("-");
            footnoteText = MappedText.join(List.of(footnoteText, line), glued ? "" : " ");
            return true;
        }

        /**
         * The marker that starts a footnote on this line: one at its start, or the next footnote's number
         * wherever the line's runs put it, once the text above has called for that footnote (a marker the page's
         * text has not reached yet belongs to the text of the next page).
         */
        Matcher footnoteStart(String s) {
            Matcher leading = LEADING_MARKER.matcher(s);
            if (leading.find()) return leading;
            Matcher any = MARKER.matcher(s);
            while (any.find()) {
                int n = Integer.parseInt(any.group(1));
                if (n == lastFootnote + 1 && n <= highestMarkerInBody) return any;
            }
            return null;
        }

        void finishFootnote() {
            if (footnoteNumber != null) notes.add(new ParagraphReader.RawFootnote(footnoteNumber, footnoteText));
            footnoteNumber = null;
            footnoteText = null;
        }

        boolean startsParagraph(String s) {
            Matcher m = PARAGRAPH_START.matcher(s);
            return m.find() && Integer.parseInt(m.group(1)) == nextNumber;
        }

        boolean isHeading(String s) {
            String repaired = memo.repaired(s);
            return memo.heading(repaired, rc.numerals()) != null || memo.heading(repaired, rc.letters()) != null
                    || rc.recommendationHeading().matcher(memo.folded(repaired)).find();
        }

        /** A heading numbered with the next numeral opens a section; with the next letter, a sub-section of it. */
        boolean sectionHeading(MappedText line, String repaired) {
            HeadingMatch numeral = memo.heading(repaired, rc.numerals());
            if (numeral != null && numeral.index == numeralCount) {
                numeralCount++;
                letterCount = 0;
                topSection = ReportConventions.roman(numeralCount);
                open(topSection, line, numeral);
                return true;
            }
            HeadingMatch letter = topSection == null ? null : memo.heading(repaired, rc.letters());
            if (letter != null && letter.index == letterCount) {
                letterCount++;
                open(topSection + "." + ReportConventions.latinLetter(letterCount), line, letter);
                return true;
            }
            return false;
        }

        /**
         * The title around the numeral: before it in reading order; in a text layer in visual order the part
         * printed after the numeral comes first.
         */
        void open(String label, MappedText line, HeadingMatch h) {
            MappedText repaired = repair.repair(line);
            List<MappedText> parts = new ArrayList<>();
            if (h.end < repaired.length()) parts.add(repaired.subSequence(h.end, repaired.length()).strip());
            if (h.start > 0) parts.add(repaired.subSequence(0, h.start).strip());
            MappedText title = headingText(List.of(MappedText.join(parts.stream().filter(p -> p.length() > 0).toList(), " ")), lang);
            RawSection section = new RawSection(label, line, title);
            // a note called from the heading ("A. Opening of the session¹") is the section's
            Matcher marker = MARKER.matcher(line.text());
            while (marker.find()) section.footnotes.add(Integer.valueOf(marker.group(1)));
            noteMarkers(line.text());
            sections.add(section);
            codes = List.of();
        }

        /** A recommendation heading: its codes go to the current section and to the paragraphs under it. */
        boolean recommendationHeading(String repaired) {
            if (repaired.length() > HEADING_MAX || sections.isEmpty()) return false;
            String folded = memo.folded(repaired);
            if (!rc.recommendationHeading().matcher(folded).find()) return false;
            codes = codes(MARKER.matcher(folded).replaceAll(" ")).stream().filter(recommendationCodes::contains).toList();
            RawSection section = sections.get(sections.size() - 1);
            section.recommendations.addAll(codes);
            Matcher marker = MARKER.matcher(repaired);
            while (marker.find()) section.footnotes.add(Integer.valueOf(marker.group(1)));
            return true;
        }

        /**
         * The codes a recommendation heading names: each number with the letters printed after it ("3C and 5A",
         * "3 ألف و 3 باء"); when the heading has one number, with all its letters, wherever a text layer in
         * visual order put them ("1 جيم ... و 1 دال").
         */
        List<String> codes(String words) {
            record Token(int at, String value, boolean number) {}
            List<Token> tokens = new ArrayList<>();
            Matcher n = CODE_NUMBER.matcher(words);
            while (n.find()) tokens.add(new Token(n.start(), n.group(1), true));
            Matcher l = rc.recommendationLetter().matcher(words);
            while (l.find()) tokens.add(new Token(l.start(), PartLetters.latin(unfold(l.group(1))), false));
            tokens.sort(java.util.Comparator.comparingInt(Token::at));
            Set<String> numbers = new LinkedHashSet<>();
            tokens.stream().filter(Token::number).forEach(t -> numbers.add(t.value()));
            Set<String> found = new LinkedHashSet<>();
            if (numbers.size() == 1) {
                String number = numbers.iterator().next();
                List<String> letters = tokens.stream().filter(t -> !t.number()).map(Token::value).sorted().distinct().toList();
                if (letters.isEmpty()) found.add(number);
                letters.forEach(letter -> found.add(number + letter));
                return List.copyOf(found);
            }
            String current = null;
            boolean lettered = true;
            for (Token t : tokens) {
                if (t.number()) {
                    if (current != null && !lettered) found.add(current);
                    current = t.value();
                    lettered = false;
                } else if (current != null) {
                    found.add(current + t.value());
                    lettered = true;
                }
            }
            if (current != null && !lettered) found.add(current);
            return List.copyOf(found);
        }

        /**
         * An unnumbered heading between paragraphs ("Data protection and privacy"): a short line without figures,
         * brackets or closing punctuation, right before the next numbered paragraph, which is printed in the heading
         * font (its letters needed repair) or follows a paragraph that had ended.
         */
        boolean isSubHeading(String s, String repaired, List<MappedText> lines, int i) {
            if (s.length() > SUB_HEADING_MAX || ANY_DIGIT.matcher(s).find() || ENDS_WITH_PUNCTUATION.matcher(s).find()) return false;
            int next = i + 1;
            while (next < lines.size() && lines.get(next).length() == 0) next++;
            if (next >= lines.size() || !startsParagraph(lines.get(next).text())) return false;
            boolean headingFont = !repaired.equals(s);
            boolean afterEnd = !paras.isEmpty() && ENDS_WITH_PUNCTUATION.matcher(paras.get(paras.size() - 1).text().text()).find();
            return headingFont || afterEnd;
        }

        void noteMarkers(String s) {
            Matcher m = MARKER.matcher(s);
            while (m.find()) highestMarkerInBody = Math.max(highestMarkerInBody, Integer.parseInt(m.group(1)));
        }

        String currentSection() {
            return sections.isEmpty() ? null : sections.get(sections.size() - 1).label;
        }
    }

    /** Whether a footnote's text ends as a sentence ends; the damaged font's full stop is a و glued to the last word. */
    private static boolean endsSentence(String text) {
        if (!ENDS_SENTENCE.matcher(text).find()) return false;
        Matcher last = LAST_WORD.matcher(text);
        return !last.find() || !WORDS_ENDING_IN_WAW.contains(last.group(1));
    }

    /** The letter name as printed, from its folded form (folding only touches the alef of ألف). */
    private static String unfold(String folded) {
        return "الف".equals(folded) ? "ألف" : folded;
    }
}
