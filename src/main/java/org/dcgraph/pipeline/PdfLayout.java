package org.dcgraph.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dcgraph.reference.Ordinals;

/**
 * Reads a PDF's text layer as a printed UN page is laid out, from the position and size of every glyph rather
 * than from the text alone: the running header and footer are dropped by where they stand and by their repetition
 * across pages; the footnotes at the foot of a page (below a rule, in a smaller font) are gathered, a note continued
 * on the next page joined to its start, and written after the page's body as a rule line and one line per note
 * opening with the canonical marker; superscript (or glued) note numbers in the body become canonical markers;
 * words hyphenated at a line end are joined; the two columns of the first page's header block come apart.
 * Pages are separated by a form feed on a line of its own, so a reader of footnote blocks knows where one ends.
 *
 * <p>PDFBox still decides the words and their order in a line (its handling of right-to-left script included):
 * this class chooses which of its lines to keep, where paragraphs break (by the space between lines), and rewrites
 * the few words it must.
 */
final class PdfLayout extends PDFTextStripper {
    static final String PAGE_BREAK = "\f";
    static final String RULE = "__________";
    private static final char MARKER_OPEN = '\uE000';
    private static final char MARKER_CLOSE = '\uE001';

    /** Share of the page height at its top and its foot where running headers and footers stand. */
    private static final float BAND = 0.12f;
    /** The first page's header block: organ, symbol, distribution, date, original language. */
    private static final float HEADER_BLOCK = 0.22f;
    /** Share of the first page's height, at its foot, where a symbol printed below the notes stands. */
    private static final float FOOT_SYMBOL_SHARE = 0.25f;
    /** A gap this wide (points) between two words of one line of the header block separates its two columns. */
    private static final float COLUMN_GAP = 40f;
    /** Space between two lines, in font sizes, beyond which they belong to different paragraphs. */
    private static final float PARAGRAPH_GAP = 1.6f;
    /** How far in, in ems, a line of the cover stands to count as indented. */
    private static final float COVER_INDENT_EMS = 2f;
    /** Space between two lines, in line pitches, beyond which they belong to different paragraphs. */
    private static final float PITCH_SLACK = 1.2f;
    private static final Pattern JOB_NUMBER = Pattern.compile(".*(?<![\\d/-])\\d{2}-\\d{5}(?![\\d/-]).*");
    /** A UN document symbol as the header block and the running header print it. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,8}(?:\\.\\d+)?(?:/[A-Za-z0-9.()\\-]+)+");
    private static final Pattern PAGE_COUNTER = Pattern.compile("(?:Page\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\d{6,8}\\*");
    private static final Pattern RECYCLE = Pattern.compile("(?i).*please\\s+recycle.*");
    /** A typewritten page closes with "/..." when the text goes on overleaf. */
    private static final Pattern CONTINUED = Pattern.compile("/\\s*(?:\\.\\s*){3}|/\\s*…");
    private static final Pattern UNDERSCORES = Pattern.compile("_{5,}");
    private static final Pattern RAISED_NUMBER = Pattern.compile("\\d{1,3}");
    /** How far above its words, in their font size, a note number of their size may be raised. */
    private static final float RAISED_REACH = 0.7f;
    /** A note opens with its number, alone or with a full stop ("7. See ..."), then its words. */
    private static final Pattern NOTE_START = Pattern.compile("(\\d{1,3})(?:\\.?\\s+|(?=[\\p{L}\"“(]))(\\S.*)");
    /** Arabic sets a note's number in brackets: "(3) انظر ...". */
    private static final Pattern NOTE_START_RTL = Pattern.compile("\\((\\d{1,3})\\)\\s*(\\S.*)");
    private static final Pattern HYPHENATED_END = Pattern.compile(".*\\p{Ll}-");
    private static final Pattern HYPHENATED_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern MARKER = Pattern.compile(MARKER_OPEN + "(\\d+)" + MARKER_CLOSE);
    private static final Pattern LEADING_MARKER = Pattern.compile("(" + MARKER_OPEN + "\\d+" + MARKER_CLOSE + ")\\s*");
    /** Arabic raises a note's number with its brackets, "⁽¹⁾": the brackets go with the number. */
    private static final Pattern BRACKETED_MARKER = Pattern.compile("\\((" + MARKER_OPEN + "\\d+" + MARKER_CLOSE + ")\\)");
    private static final Pattern CUT_HEAD = Pattern.compile("[\\p{L}-]+-$");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(".*\\p{Ll}\\s+-");
    private static final Pattern CUT_TAIL = Pattern.compile("^\\p{L}+");
    private static final Pattern PARAGRAPH_CLOSE = Pattern.compile("[.;:!?。；：]\\s*$");
    /** A paragraph's or point's number opens a line: "16.", "(a)", "b)". */
    private static final Pattern OPENS_NUMBERED = Pattern.compile("(?:\\d{1,3}\\.|\\(?\\p{L}\\))\\s");
    private static final Pattern RIGHT_TO_LEFT = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}]");
    private static final Pattern RIGHT_TO_LEFT_CLOSE = Pattern.compile("[.,;:!?،؛)\\]\uE001]\\s*$");
    private static final Pattern HAN_CUT_NUMBER = Pattern.compile("\\d\\.$");
    private static final Pattern OPENS_NUMBERED_RIGHT_TO_LEFT = Pattern.compile("(?:\\d{1,3}\\s*[.\\-–]\\s|\\(?\\p{L}{1,2}\\)\\s)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.,;:。，；：、)\\]]\\s*$");
    private static final Pattern GLUED_HYPHEN_END = Pattern.compile(".*[\\p{L}\\d]-");
    private static final Pattern CAPITAL_TAIL = Pattern.compile("^[\\p{L}\\d]+");
    /** Chinese punctuation that a typesetter may hang beyond the right margin. */
    private static final Pattern HANGING = Pattern.compile("[\\u3001\\u3002\\uFF0C\\uFF0E\\uFF1A\\uFF1B\\uFF01\\uFF1F\\u300D\\u300F\\u300B\\u3009\\uFF09]");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF1F]");
    private static final Pattern GLUED_NUMBER = Pattern.compile("(.*[\\p{Ll}),.;:”’])(\\d{1,3})([,.;:]?)");

    /** A word as PDFBox found it, with its glyphs. */
    record Word(String text, List<TextPosition> glyphs) {}

    /** A line of a page: its words, its baseline (from the top of the page) and the font size of most of its glyphs. */
    static final class Line {
        final List<Word> words = new ArrayList<>();
        float y;
        float size;
        /** Of a document written mostly in Arabic script: its words are in reading order, right to left on the page. */
        boolean rtl;

        String text() {
            StringBuilder b = new StringBuilder();
            for (Word w : words) {
                if (b.length() > 0 && !w.text().isEmpty() && w.text().charAt(0) != MARKER_OPEN) b.append(' ');
                b.append(w.text());
            }
            return b.toString().strip();
        }
    }

    /** A page: its lines in PDFBox's order, then what this reader decided about them. */
    static final class Page {
        final List<Line> lines = new ArrayList<>();
        float height;
        List<Float> rules = List.of();
        final List<Line> body = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
    }

    /** A footnote: its number and its text as printed (continuations joined). */
    static final class Note {
        final int number;
        final StringBuilder text;

        Note(int number, String text) {
            this.number = number;
            this.text = new StringBuilder(text);
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private Line line;

    private PdfLayout() throws IOException {
        setSortByPosition(true);
    }

    /** The pages of the PDF as this reader lays them out. */
    static List<Page> read(PDDocument pdf) throws IOException {
        PdfLayout reader = new PdfLayout();
        reader.getText(pdf);
        reader.layOut();
        return reader.pages;
    }

    /** The text of the PDF: body, footnote blocks, a form feed between pages. */
    static String text(PDDocument pdf) throws IOException {
        return render(read(pdf));
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page = new Page();
        page.height = p.getCropBox().getHeight();
        page.rules = PdfRules.of(p);
        pages.add(page);
        line = null;
    }

    @Override
    protected void writeString(String text, List<TextPosition> glyphs) {
        if (line == null) line = new Line();
        line.words.add(new Word(text, List.copyOf(glyphs)));
    }

    @Override
    protected void writeWordSeparator() {}

    @Override
    protected void writeLineSeparator() {
        if (line != null && page != null) {
            place(line);
            page.lines.add(line);
        }
        line = null;
    }

    @Override
    protected void endPage(PDPage p) {
        if (line != null) writeLineSeparator();
    }

    /** The line's baseline and size are those of most of its glyphs, so a raised marker or a stray space does not move it. */
    private static void place(Line l) {
        List<Float> ys = new ArrayList<>();
        Map<Float, Integer> sizes = new HashMap<>();
        for (Word w : l.words) {
            for (TextPosition g : w.glyphs()) {
                if (g.getUnicode().isBlank()) continue;
                ys.add(g.getYDirAdj());
                sizes.merge(roundedSize(g), 1, Integer::sum);
            }
        }
        if (ys.isEmpty()) return;
        ys.sort(null);
        l.y = ys.get(ys.size() / 2);
        l.size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    /**
     * Arabic sets the Latin words it quotes a size smaller ("(jus cogens)"): a right-to-left line's size is that of
     * most of its other glyphs, so that a short last line of such words is not read as another paragraph's.
     */
    private static void sizeWithoutLatin(Line l) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (Word w : l.words) {
            for (TextPosition g : w.glyphs()) {
                String u = g.getUnicode();
                if (u.isBlank() || Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.LATIN) continue;
                sizes.merge(roundedSize(g), 1, Integer::sum);
            }
        }
        if (!sizes.isEmpty()) l.size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    private static float roundedSize(TextPosition g) {
        return Math.round(g.getFontSizeInPt() * 2) / 2f;
    }

    private void layOut() {
        List<Word> all = new ArrayList<>();
        for (Page pg : pages) for (Line l : pg.lines) all.addAll(l.words);
        if (RightToLeftLine.isRightToLeft(all)) {
            for (Page pg : pages) {
                for (Line l : pg.lines) {
                    List<Word> logical = RightToLeftLine.words(l.words, l.size);
                    l.words.clear();
                    l.words.addAll(logical);
                    l.rtl = true;
                    sizeWithoutLatin(l);
                }
            }
        }
        float bodySize = bodySize();
        Set<String> repeated = repeatedBandLines();
        Set<String> symbols = pages.isEmpty() ? Set.of() : headerSymbols(pages.get(0));
        Set<String> hyphenatedForms = hyphenatedForms();
        int lastNote = 0;
        Note open = null;
        Line coverSymbol = null;
        for (int p = 0; p < pages.size(); p++) {
            Page pg = pages.get(p);
            joinRaisedNumbers(pg);
            List<Line> kept = new ArrayList<>();
            for (Line l : pg.lines) {
                String t = l.text();
                if (t.isEmpty()) continue;
                if (isFurniture(pg, p, l, t, repeated, symbols)) continue;
                kept.add(l);
            }
            if (p == 0 && symbols.isEmpty()) {
                coverSymbol = symbolAtFoot(pg, kept);
                if (coverSymbol != null) kept.remove(coverSymbol);
            }
            int zone = footnoteZone(pg, kept, bodySize, lastNote, open != null);
            if (zone >= 0) {
                List<Line> above = kept.subList(0, zone);
                for (Line l : kept.subList(zone, kept.size())) {
                    String t = l.text();
                    if (UNDERSCORES.matcher(t).matches()) continue;
                    Matcher m = noteStart(l);
                    if (m.matches() && (opensNote(n(m), lastNote, l, bodySize) || opensCalledNote(n(m), lastNote, above))) {
                        open = new Note(Integer.parseInt(m.group(1)), m.group(2));
                        pg.notes.add(open);
                        lastNote = open.number;
                    } else if (open != null) {
                        appendContinuation(open.text, t, hyphenatedForms);
                    }
                }
                pg.body.addAll(kept.subList(0, zone));
            } else {
                pg.body.addAll(kept);
                open = null;
            }
        }
        if (coverSymbol != null) pages.get(0).body.add(0, coverSymbol);
        markBodyNumbers();
        joinHyphenation(hyphenatedForms);
        if (!pages.isEmpty()) splitHeaderColumns(pages.get(0));
    }

    /**
     * A note's number raised well above its words may stand as a line of its own, just above the line it opens and to
     * its left: it goes back to the head of that line.
     */
    private static void joinRaisedNumbers(Page pg) {
        for (int i = pg.lines.size() - 2; i >= 0; i--) {
            Line number = pg.lines.get(i), next = pg.lines.get(i + 1);
            if (!RAISED_NUMBER.matcher(number.text()).matches() || number.size <= 0) continue;
            // set smaller, it may stand up to a line's height above; set in the words' size, less than a line's pitch
            float gap = next.y - number.y;
            float reach = number.size < next.size - 0.7f ? next.size : RAISED_REACH * next.size;
            TextPosition last = lastGlyph(number), first = firstGlyph(next);
            if (gap <= 0 || gap > reach || last == null || first == null
                    || first.getXDirAdj() < last.getXDirAdj() + last.getWidthDirAdj() - 0.5f) continue;
            next.words.addAll(0, number.words);
            pg.lines.remove(i);
        }
    }

    private static TextPosition lastGlyph(Line l) {
        for (int w = l.words.size() - 1; w >= 0; w--) {
            List<TextPosition> glyphs = l.words.get(w).glyphs();
            for (int g = glyphs.size() - 1; g >= 0; g--) if (!glyphs.get(g).getUnicode().isBlank()) return glyphs.get(g);
        }
        return null;
    }

    /** The size of most glyphs of the document: the body's. */
    private float bodySize() {
        Map<Float, Integer> sizes = new HashMap<>();
        for (Page pg : pages) {
            for (Line l : pg.lines) {
                for (Word w : l.words) {
                    for (TextPosition g : w.glyphs()) if (!g.getUnicode().isBlank()) sizes.merge(roundedSize(g), 1, Integer::sum);
                }
            }
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** Lines at the top of a page whose text (numbers aside) stands at the top of another page too. */
    private Set<String> repeatedBandLines() {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Page pg = pages.get(p);
            for (Line l : pg.lines) {
                String band = band(pg, l);
                if ("top:".equals(band)) seen.computeIfAbsent(band + furnitureKey(l.text()), k -> new HashSet<>()).add(p);
            }
        }
        // a running header stands on most pages; a paragraph's last word at the top of two pages of many is no header
        int often = Math.max(2, Math.min(3, pages.size() - 1));
        Set<String> repeated = new HashSet<>();
        seen.forEach((k, v) -> {
            if (v.size() >= often) repeated.add(k);
        });
        return repeated;
    }

    /**
     * The symbol some secretariats (the climate convention's, documents issued at Geneva) print at the foot of the
     * first page, below the notes, instead of in a header block: the last line of the page's lower quarter, when it
     * is a symbol and nothing else. It belongs before the body, where a cover's symbol is read, not in a note.
     */
    private static Line symbolAtFoot(Page first, List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (first.height <= 0 || l.y < first.height * (1 - FOOT_SYMBOL_SHARE)) return null;
            String t = l.text().strip();
            if (t.isEmpty() || isFooterForm(t)) continue;
            return SYMBOL.matcher(t).matches() && t.indexOf('/') > 0 && t.chars().anyMatch(Character::isDigit) ? l : null;
        }
        return null;
    }

    /** The symbols the first page's header block prints, which the running header of every other page repeats. */
    private static Set<String> headerSymbols(Page first) {
        Set<String> symbols = new HashSet<>();
        for (Line l : first.lines) {
            if (first.height > 0 && l.y > first.height * HEADER_BLOCK) continue;
            Matcher m = SYMBOL.matcher(l.text());
            while (m.find()) symbols.add(m.group());
        }
        return symbols;
    }

    private static String band(Page pg, Line l) {
        if (pg.height <= 0) return null;
        if (l.y < pg.height * BAND) return "top:";
        if (l.y > pg.height * (1 - BAND)) return "foot:";
        return null;
    }

    /** Numbers aside and in any order, since even and odd pages set the symbol and the title on opposite sides. */
    private static String furnitureKey(String text) {
        String[] tokens = text.replaceAll("\\d+", "#").strip().split("\\s+");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }

    /**
     * The running header and footer, the job number, page counter, bar code, recycling mark and the "/..." of a page
     * whose text goes on overleaf. In the top band a
     * line that repeats there on other pages, or names the document's own symbol, is the running header (the first
     * page's top band is its header block and stays). In the foot band only the forms of a footer count, since the
     * footnotes reach down into it and a note ("Ibid.") may well repeat from page to page.
     */
    private static boolean isFurniture(Page pg, int p, Line l, String t, Set<String> repeated, Set<String> symbols) {
        String band = band(pg, l);
        if (band == null) return false;
        if (p == 0 && band.equals("top:")) return false;
        if (band.equals("top:")) {
            if (repeated.contains(band + furnitureKey(t))) return true;
            Matcher m = SYMBOL.matcher(t);
            while (m.find()) if (symbols.contains(m.group())) return true;
        }
        return isFooterForm(t);
    }

    /** A job number, page counter, bar code, recycling mark or "/...": what a page's foot prints besides notes. */
    private static boolean isFooterForm(String t) {
        return JOB_NUMBER.matcher(t).matches() || PAGE_COUNTER.matcher(t).matches() || BAR_CODE.matcher(t).matches()
                || RECYCLE.matcher(t).matches() || CONTINUED.matcher(t).matches();
    }

    /**
     * Where the footnote zone of a page starts among its kept lines, or -1: below a rule of underscores, or below a
     * drawn rule in the lower half of the page, or the run of lines in a smaller font that closes the page. Its
     * first line must open a note (one the text above calls, for a drawn rule or a font alone), or continue the
     * note the page before left open.
     */
    private static int footnoteZone(Page pg, List<Line> kept, float bodySize, int lastNote, boolean noteOpen) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            Line l = kept.get(i);
            if (UNDERSCORES.matcher(l.text()).matches()) {
                if (i + 1 < kept.size() && opensZone(kept.get(i + 1), bodySize, lastNote, noteOpen, kept.subList(0, i))) return i;
                break;
            }
        }
        // A typewritten page underlines what print sets in italics, so a note's title may be underlined below the
        // rule: a higher rule under which an earlier note opens, its number raised as printed notes raise it, wins.
        int zone = -1, zoneNote = 0;
        for (int r = pg.rules.size() - 1; r >= 0; r--) {
            float rule = pg.rules.get(r);
            if (rule < pg.height / 2) continue;
            int below = 0;
            while (below < kept.size() && kept.get(below).y < rule) below++;
            if (below >= kept.size() || below == 0 || below == zone
                    || !opensZone(kept.get(below), bodySize, lastNote, noteOpen, kept.subList(0, below))) continue;
            Matcher m = noteStart(kept.get(below));
            int n = m.matches() ? n(m) : 0;
            if (zone < 0) {
                zone = below;
                zoneNote = n;
            } else if (zoneNote > 0 && n > 0 && n < zoneNote && raisedMarker(kept.get(below))) {
                zone = below;
                zoneNote = n;
            }
        }
        if (zone >= 0) return zone;
        int start = kept.size();
        while (start > 0 && kept.get(start - 1).size > 0 && kept.get(start - 1).size < bodySize - 0.7f) start--;
        if (start == kept.size()) return -1;
        for (int i = start; i < kept.size(); i++) {
            Matcher m = noteStart(kept.get(i));
            if (m.matches() && opensNote(Integer.parseInt(m.group(1)), lastNote, kept.get(i), bodySize)
                    && called(kept.subList(0, start), Integer.parseInt(m.group(1)))) return i == start || !noteOpen ? i : start;
        }
        return -1;
    }

    /** Whether the text above prints the note's number raised: a page calls its notes. */
    private static boolean called(List<Line> lines, int n) {
        String number = Integer.toString(n);
        for (Line l : lines) {
            StringBuilder run = new StringBuilder();
            for (Word w : l.words) {
                for (TextPosition g : w.glyphs()) {
                    if (isRaisedDigit(g, l)) {
                        run.append(g.getUnicode());
                        continue;
                    }
                    if (run.toString().equals(number)) return true;
                    run.setLength(0);
                }
            }
            if (run.toString().equals(number)) return true;
        }
        return false;
    }

    private static boolean opensZone(Line first, float bodySize, int lastNote, boolean noteOpen, List<Line> above) {
        Matcher m = noteStart(first);
        if (m.matches() && opensNote(n(m), lastNote, first, bodySize) && (n(m) == lastNote + 1 || called(above, n(m)))) return true;
        if (m.matches() && opensCalledNote(n(m), lastNote, above)) return true;
        return noteOpen && first.size < bodySize - 0.7f;
    }

    private static Matcher noteStart(Line l) {
        Matcher rtl = NOTE_START_RTL.matcher(l.text());
        return l.rtl && rtl.matches() ? rtl : NOTE_START.matcher(l.text());
    }

    private static int n(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    /**
     * A line opening with a number opens a note when the number is the next one, or when it is printed as a
     * superscript (numbering may start again in an annex): a line of a note that merely starts with a figure does not.
     */
    private static boolean opensNote(int n, int lastNote, Line l, float bodySize) {
        if (n < 1) return false;
        if (n == lastNote + 1) return true;
        TextPosition first = firstGlyph(l);
        return first != null && Character.isDigit(first.getUnicode().charAt(0)) && n <= lastNote + 5 && raisedMarker(l);
    }

    /**
     * The document's first note may have a number past 1, raised or not, when the text above calls it: a document whose
     * numbering does not start at 1 (the Arabic A/RES/78/68 starts at 2, a part B may go on from its part A). Only the
     * first: later, a note's line that opens with a figure ("5 卷", a volume cut at the line's end in the Chinese
     * A/RES/78/205) would be taken for a note its page calls.
     */
    private static boolean opensCalledNote(int n, int lastNote, List<Line> above) {
        return lastNote == 0 && n > 1 && n <= 5 && called(above, n);
    }

    /** Whether the line's first glyph is set smaller or higher than the line, as a note's number is. */
    private static boolean raisedMarker(Line l) {
        TextPosition first = firstGlyph(l);
        return first != null && (roundedSize(first) < l.size - 0.7f || first.getYDirAdj() < l.y - 1f);
    }

    private static TextPosition firstGlyph(Line l) {
        for (Word w : l.words) {
            TextPosition g = firstGlyph(w, l.rtl);
            if (g != null) return g;
        }
        return null;
    }

    /** The word's first visible glyph; on a right-to-left line an opening bracket (of an Arabic note number) is not one. */
    private static TextPosition firstGlyph(Word w, boolean rtl) {
        for (TextPosition g : w.glyphs()) if (!g.getUnicode().isBlank() && !(rtl && g.getUnicode().equals("("))) return g;
        return null;
    }

    /**
     * A note's next line, joined as a body line is: a hyphen cut between lower-case letters goes unless the word is a
     * compound; one before a capital or a figure stays, without a space.
     */
    private static void appendContinuation(StringBuilder note, String line, Set<String> hyphenatedForms) {
        int end = note.length();
        boolean glued = end > 0 && (note.charAt(end - 1) == '/' || note.charAt(end - 1) == '_')
                || GLUED_HYPHEN_END.matcher(note).matches() && !line.isEmpty()
                && (Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)));
        Matcher head = CUT_HEAD.matcher(note);
        Matcher tail = CUT_TAIL.matcher(line);
        if (HYPHENATED_END.matcher(note).matches() && head.find() && tail.find()) {
            if (!compound(head.group(), tail.group(), hyphenatedForms)) note.setLength(end - 1);
        } else if (!glued && !HAN.matcher(note).find()) {
            // Chinese wraps a note anywhere, inside a symbol too ("A/6" / "2/206"): its lines join without a space
            note.append(' ');
        }
        note.append(line);
    }

    /**
     * A word hyphenated before the cut ("whole-of-"), printed whole elsewhere with its hyphen, or an ordinal written
     * with hyphens ("soixante-" / "quatorzième"), keeps it.
     */
    private static boolean compound(String head, String tail, Set<String> hyphenatedForms) {
        return head.indexOf('-') < head.length() - 1 || hyphenatedForms.contains((head + tail).toLowerCase())
                || Ordinals.isOrdinal(head + tail);
    }

    /**
     * Rewrites the note numbers of the body into canonical markers: a number in a raised or smaller font, or glued
     * to the end of a word, that names a note of its page or the next note expected. Any other number stays.
     */
    private void markBodyNumbers() {
        int lastMarker = 0;
        for (Page pg : pages) {
            Set<Integer> numbers = new HashSet<>();
            for (Note n : pg.notes) numbers.add(n.number);
            for (int li = 0; li < pg.body.size(); li++) {
                Line l = pg.body.get(li);
                for (int wi = 0; wi < l.words.size(); wi++) {
                    Word w = l.words.get(wi);
                    TextPosition next = wi + 1 < l.words.size() ? firstGlyph(l.words.get(wi + 1), l.rtl) : null;
                    String marked = markWord(w, next, l, numbers, lastMarker);
                    if (marked == null) continue;
                    Matcher m = MARKER.matcher(marked);
                    while (m.find()) lastMarker = Math.max(lastMarker, Integer.parseInt(m.group(1)));
                    l.words.set(wi, new Word(marked, w.glyphs()));
                }
            }
        }
    }

    private static String markWord(Word w, TextPosition nextWord, Line l, Set<Integer> numbers, int lastMarker) {
        String text = w.text();
        StringBuilder glyphText = new StringBuilder();
        for (TextPosition g : w.glyphs()) glyphText.append(g.getUnicode());
        if (glyphText.toString().equals(text)) {
            StringBuilder out = new StringBuilder();
            List<TextPosition> gs = w.glyphs();
            boolean changed = false;
            int i = 0;
            while (i < gs.size()) {
                int j = i;
                while (j < gs.size() && isRaisedDigit(gs.get(j), l)) j++;
                int a = j;
                while (a < gs.size() && gs.get(a).getUnicode().isBlank()) a++;
                TextPosition after = a < gs.size() ? gs.get(a) : nextWord;
                if (j > i && j - i <= 3 && !(i > 0 && setAlike(gs.get(i - 1), gs.get(i)))
                        && !(after != null && Character.isLetter(after.getUnicode().charAt(0)) && setAlike(after, gs.get(j - 1)))) {
                    int n = Integer.parseInt(digits(gs.subList(i, j)));
                    if (numbers.contains(n) || n == lastMarker + 1) {
                        out.append(MARKER_OPEN).append(n).append(MARKER_CLOSE);
                        changed = true;
                        i = j;
                        continue;
                    }
                }
                int k = Math.max(j, i + 1);
                for (TextPosition g : gs.subList(i, k)) out.append(g.getUnicode());
                i = k;
            }
            if (changed) return l.rtl ? BRACKETED_MARKER.matcher(out).replaceAll("$1") : out.toString();
        }
        Matcher glued = GLUED_NUMBER.matcher(text);
        if (glued.matches()) {
            int n = Integer.parseInt(glued.group(2));
            if (numbers.contains(n) && n == lastMarker + 1 && !glued.group(1).matches(".*\\d.*")) {
                return glued.group(1) + MARKER_OPEN + n + MARKER_CLOSE + glued.group(3);
            }
        }
        return null;
    }

    private static boolean isRaisedDigit(TextPosition g, Line l) {
        String u = g.getUnicode();
        return u.length() == 1 && Character.isDigit(u.charAt(0))
                && (roundedSize(g) < l.size - 0.7f || g.getYDirAdj() < l.y - 1.5f);
    }

    /**
     * Whether two neighbouring glyphs share size and baseline. Figures smaller than the line but set like the glyph
     * before them, or like the letter after them, are part of their words, not raised from them: a cover prints a
     * symbol's series large and its numbers smaller ("DP/" then "2025/1", "E/2025/L.1"), or a date in a smaller
     * column beside the organ's name ("1 August 2025"), and the line's usual size is the larger one. A raised comma
     * between two markers ("5,6") is set like them and is no word.
     */
    private static boolean setAlike(TextPosition before, TextPosition digit) {
        String u = before.getUnicode();
        return !u.isBlank() && !u.equals(",") && Math.abs(roundedSize(before) - roundedSize(digit)) < 0.7f
                && Math.abs(before.getYDirAdj() - digit.getYDirAdj()) < 1f;
    }

    private static String digits(List<TextPosition> gs) {
        StringBuilder b = new StringBuilder();
        for (TextPosition g : gs) b.append(g.getUnicode());
        return b.toString();
    }

    /**
     * Hyphenated words the document prints whole on a line ("follow-up"), at its end too: their hyphen is the word's
     * own. A word cut at the line's end ("whole-of-") is not whole.
     */
    private Set<String> hyphenatedForms() {
        Set<String> forms = new HashSet<>();
        for (Page pg : pages) {
            for (Line l : pg.lines) {
                for (Word w : l.words) {
                    if (w.text().strip().endsWith("-")) continue;
                    Matcher m = HYPHENATED_WORD.matcher(w.text());
                    while (m.find()) forms.add(m.group().toLowerCase());
                }
            }
        }
        return forms;
    }

    /**
     * A word cut at a line end with a hyphen between lower-case letters is joined with its rest from the next body
     * line (on the next page if the cut falls there), unless the document prints the hyphenated form whole elsewhere.
     */
    private void joinHyphenation(Set<String> hyphenatedForms) {
        List<Line> body = new ArrayList<>();
        for (Page pg : pages) body.addAll(pg.body);
        for (int i = 0; i + 1 < body.size(); i++) {
            Line l = body.get(i);
            Line next = body.get(i + 1);
            if (l.words.isEmpty() || next.words.isEmpty()) continue;
            Word last = l.words.get(l.words.size() - 1);
            String cut = last.text().strip();
            Word first = next.words.get(0);
            String rest = first.text().strip();
            if (rest.isEmpty()) continue;
            boolean ownHyphen = !Character.isLowerCase(rest.charAt(0));
            if (ownHyphen && !(GLUED_HYPHEN_END.matcher(cut).matches() && (Character.isUpperCase(rest.charAt(0))
                    || Character.isDigit(rest.charAt(0))))) continue;
            Matcher tail = (ownHyphen ? CAPITAL_TAIL : CUT_TAIL).matcher(rest);
            if (!tail.find()) continue;
            String joined;
            if (ownHyphen) {
                // a word does not go on in a capital or a figure: the hyphen is the compound's own ("COVID-" / "19")
                joined = cut + tail.group();
            } else if (SPACED_HYPHEN.matcher(cut).matches()) {
                // A hyphen set apart from its word by justification is the compound's own ("gender -" / "related").
                joined = cut.substring(0, cut.lastIndexOf('-')).stripTrailing() + "-" + tail.group();
            } else if (cut.equals("-") && l.words.size() > 1) {
                l.words.remove(l.words.size() - 1);
                last = l.words.get(l.words.size() - 1);
                joined = last.text().strip() + "-" + tail.group();
            } else if (HYPHENATED_END.matcher(cut).matches()) {
                Matcher head = CUT_HEAD.matcher(cut);
                if (head.find() && compound(head.group(), tail.group(), hyphenatedForms)) joined = cut + tail.group();
                else joined = cut.substring(0, cut.length() - 1) + tail.group();
            } else {
                continue;
            }
            String remainder = rest.substring(tail.end()).strip();
            String punctuation = remainder.isEmpty() || Character.isWhitespace(rest.charAt(tail.end())) ? "" : remainder.split("\\s", 2)[0];
            remainder = remainder.substring(punctuation.length()).strip();
            l.words.set(l.words.size() - 1, new Word(joined + punctuation, last.glyphs()));
            if (remainder.isEmpty()) next.words.remove(0);
            else next.words.set(0, new Word(remainder, first.glyphs()));
        }
    }

    /**
     * The first page's header block sets the organ on the left and the symbol, distribution, date and original
     * language on the right, on baselines close enough for PDFBox to read as one line: a wide gap splits it.
     */
    private static void splitHeaderColumns(Page first) {
        List<Line> out = new ArrayList<>();
        for (Line l : first.body) {
            if (first.height <= 0 || l.y > first.height * HEADER_BLOCK) {
                out.add(l);
                continue;
            }
            List<Line> columns = new ArrayList<>();
            columns.add(headerPart(l));
            if (l.rtl) {
                splitRightToLeft(l, columns);
                out.addAll(columns);
                continue;
            }
            float lastEnd = Float.NaN;
            for (Word w : l.words) {
                List<TextPosition> gs = w.glyphs();
                boolean divisible = glyphText(w).equals(w.text());
                int from = 0;
                for (int i = 0; i < gs.size(); i++) {
                    TextPosition g = gs.get(i);
                    if (g.getUnicode().isBlank()) continue;
                    if (!Float.isNaN(lastEnd) && g.getXDirAdj() - lastEnd > COLUMN_GAP && (divisible || i == 0)) {
                        if (i > from) addWord(columns, w, gs, from, i);
                        columns.add(headerPart(l));
                        from = i;
                    }
                    lastEnd = g.getXDirAdj() + g.getWidthDirAdj();
                }
                if (from == 0) columns.get(columns.size() - 1).words.add(w);
                else addWord(columns, w, gs, from, gs.size());
            }
            out.addAll(columns);
        }
        first.body.clear();
        first.body.addAll(out);
    }

    /** A right-to-left line's words are whole stretches between gaps, in reading order: a column gap falls between two of them. */
    private static void splitRightToLeft(Line l, List<Line> columns) {
        Word previous = null;
        for (Word w : l.words) {
            if (previous != null && gap(previous, w) > COLUMN_GAP) {
                Line part = headerPart(l);
                part.rtl = true;
                columns.add(part);
            }
            columns.get(columns.size() - 1).words.add(w);
            previous = w;
        }
        columns.get(0).rtl = true;
    }

    private static float gap(Word a, Word b) {
        float aLeft = Float.MAX_VALUE, aRight = -Float.MAX_VALUE, bLeft = Float.MAX_VALUE, bRight = -Float.MAX_VALUE;
        for (TextPosition g : a.glyphs()) {
            aLeft = Math.min(aLeft, g.getXDirAdj());
            aRight = Math.max(aRight, g.getXDirAdj() + g.getWidthDirAdj());
        }
        for (TextPosition g : b.glyphs()) {
            bLeft = Math.min(bLeft, g.getXDirAdj());
            bRight = Math.max(bRight, g.getXDirAdj() + g.getWidthDirAdj());
        }
        return Math.max(bLeft - aRight, aLeft - bRight);
    }

    private static Line headerPart(Line of) {
        Line part = new Line();
        part.y = of.y;
        part.size = of.size;
        return part;
    }

    private static void addWord(List<Line> columns, Word w, List<TextPosition> gs, int from, int to) {
        List<TextPosition> part = gs.subList(from, to);
        columns.get(columns.size() - 1).words.add(new Word(w.text().substring(glyphText(gs.subList(0, from)).length(),
                glyphText(gs.subList(0, to)).length()), List.copyOf(part)));
    }

    private static String glyphText(Word w) {
        return glyphText(w.glyphs());
    }

    private static String glyphText(List<TextPosition> gs) {
        StringBuilder b = new StringBuilder();
        for (TextPosition g : gs) b.append(g.getUnicode());
        return b.toString();
    }

    /**
     * Lines of one paragraph follow at the font's line pitch (about 1.3 times its size in Latin fonts); a paragraph
     * is set off by extra space, a change of font size, or a line that does not stand below the one before. Fonts
     * for Chinese or Arabic set their lines further apart (1.65 times the size), so the space that breaks a
     * paragraph is also measured against the document's own pitch.
     */
    private static boolean paragraphBreak(Line above, Line below, float pitch) {
        float gap = below.y - above.y;
        float size = Math.max(above.size, below.size);
        return gap <= 0 || gap > Math.max(PARAGRAPH_GAP, PITCH_SLACK * pitch) * size || Math.abs(above.size - below.size) >= 1.5f;
    }

    /**
     * The document's line pitch in font sizes: the smallest space found three times at least below a body line that
     * ends inside a sentence (no closing punctuation), where the next line goes on with the same paragraph.
     */
    private static float linePitch(List<Page> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Page pg : pages) {
            for (int i = 1; i < pg.body.size(); i++) {
                Line above = pg.body.get(i - 1), below = pg.body.get(i);
                if (above.size <= 0 || above.size != below.size || SENTENCE_END.matcher(above.text()).find()) continue;
                float ratio = (below.y - above.y) / above.size;
                if (ratio >= 1f && ratio <= 3f) counts.merge(Math.round(ratio * 20), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).mapToInt(Map.Entry::getKey).min().orElse(0) / 20f;
    }

    /**
     * How many lines at the top of the next page end the paragraph this page's last line leaves open; they are written
     * with it, before this page's footnotes, so that no reader has to guess across the page break. A justified
     * paragraph's last line stops short of the right margin; a full line, from margin to margin, without closing a
     * sentence, goes on overleaf, unless the next page's first line stands further in than it, as a paragraph's first
     * line does, or opens with a paragraph's or point's number (a point's lines stand in alike on both pages). A line of
     * right-to-left script, whose margins say less (a paragraph's last line may be set ragged), goes on overleaf when it
     * ends in a word, not in the comma, semicolon or full stop that close an Arabic paragraph or point, and the next
     * page opens at its right margin, or as far right as that line when it stands in as a point's lines do (not with a
     * heading set in the middle, "المرفق الأول"), and not with a number ("5 -", "(ب)"), and when its line had room left
     * for the next page's first word ({@link LineFill}: a centred section numeral, "ثانيا"). A line of Chinese fills its line
     * whether or not its paragraph goes on, so the lines carried after it are marked (see {@link #render}) for the
     * reader of paragraphs, who knows the language's phrases, to decide.
     */
    private static int carriedOver(Page pg, Page next, float pitch) {
        if (pg.body.isEmpty() || next.body.isEmpty()) return 0;
        Line last = pg.body.get(pg.body.size() - 1);
        String t = last.text();
        if (t.isEmpty() || PARAGRAPH_CLOSE.matcher(t).find() && !cutNumber(t)) return 0;
        // a line of a right-to-left document is one even when its words are Latin ("cogens)؛", the Arabic semicolon
        // being no letter of the script)
        if (last.rtl || RIGHT_TO_LEFT.matcher(t).find()) {
            Line first = next.body.get(0);
            if (RIGHT_TO_LEFT_CLOSE.matcher(t).find() || OPENS_NUMBERED_RIGHT_TO_LEFT.matcher(first.text()).lookingAt()
                    || LineFill.nextWordFits(pg, last, first)
                    || right(first) < Math.min(rightMargin(next), right(last)) - Math.max(first.size, 1f)) return 0;
        } else {
            float em = Math.max(last.size, 1f);
            // a full line runs from margin to margin; one set to the right (the meeting line) reaches the right margin only
            if (right(last) < rightMargin(pg) - em || indent(last, leftMargin(pg)) >= 4 * em
                    || indent(next.body.get(0), leftMargin(next)) - indent(last, leftMargin(pg)) >= em
                    || OPENS_NUMBERED.matcher(next.body.get(0).text()).lookingAt()) return 0;
        }
        int n = 1;
        while (n < next.body.size() && !paragraphBreak(next.body.get(n - 1), next.body.get(n), pitch)) n++;
        return n == next.body.size() ? 0 : n;
    }

    private static float right(Line l) {
        return right(l, false);
    }

    /**
     * A line of Chinese that ends in a figure's full stop ("14.") has cut a decimal number ("14.6"): Chinese closes its
     * sentences with "。", never with the Latin mark.
     */
    private static boolean cutNumber(String line) {
        return HAN_CUT_NUMBER.matcher(line).find() && HAN.matcher(line).find();
    }

    /** Where the line's glyphs end; with {@code inked}, a mark of Chinese punctuation that closes the line is left out. */
    private static float right(Line l, boolean inked) {
        float right = 0, beforeLast = 0;
        TextPosition lastGlyph = null;
        for (Word w : l.words) {
            for (TextPosition g : w.glyphs()) {
                if (g.getUnicode().isBlank()) continue;
                beforeLast = right;
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                lastGlyph = g;
            }
        }
        return inked && lastGlyph != null && HANGING.matcher(lastGlyph.getUnicode()).matches() ? beforeLast : right;
    }

    /**
     * Where the lines of a page end at the farthest right. Chinese typesetting lets a comma or full stop that closes a
     * line hang into the margin, beyond the text's right edge, so such a mark does not set the margin.
     */
    private static float rightMargin(Page pg) {
        float margin = 0;
        for (Line l : pg.body) margin = Math.max(margin, right(l, true));
        return margin;
    }

    private static float indent(Line l, float margin) {
        TextPosition g = firstGlyph(l);
        return g == null ? 0 : g.getXDirAdj() - margin;
    }

    /** Where the lines of a page start at the farthest left. */
    private static float leftMargin(Page pg) {
        float margin = Float.MAX_VALUE;
        for (Line l : pg.body) {
            TextPosition g = firstGlyph(l);
            if (g != null) margin = Math.min(margin, g.getXDirAdj());
        }
        return margin;
    }

    /**
     * A cover sets a document's title indented from the left margin, below the agenda item, which is not: the header
     * reader tells the title by that indent, so a line of the first page's left half that starts at least two ems in
     * keeps it as leading spaces (half an em each). The right-hand column of the header block is not indented.
     */
    private static String coverIndent(Line l, float margin) {
        TextPosition g = firstGlyph(l);
        if (Float.isNaN(margin) || g == null || g.getXDirAdj() > g.getPageWidth() / 2) return "";
        float em = Math.max(l.size, 1f);
        float indent = g.getXDirAdj() - margin;
        return indent < COVER_INDENT_EMS * em ? "" : " ".repeat(Math.round(indent / (em / 2)));
    }

    private static String render(List<Page> pages) {
        float pitch = linePitch(pages);
        StringBuilder b = new StringBuilder();
        int carried = 0;
        for (int p = 0; p < pages.size(); p++) {
            Page pg = pages.get(p);
            if (p > 0) b.append(PAGE_BREAK).append('\n');
            float margin = p == 0 ? leftMargin(pg) : Float.NaN;
            Line previous = null;
            List<Line> body = new ArrayList<>(pg.body.subList(carried, pg.body.size()));
            int own = body.size();
            carried = p + 1 < pages.size() ? carriedOver(pg, pages.get(p + 1), pitch) : 0;
            body.addAll(pages.get(Math.min(p + 1, pages.size() - 1)).body.subList(0, carried));
            for (int i = 0; i < body.size(); i++) {
                Line l = body.get(i);
                String t = l.text();
                if (t.isEmpty()) continue;
                boolean opens = previous == null || i != own && paragraphBreak(previous, l, pitch);
                if (previous != null && i != own && opens) b.append('\n');
                Matcher leading = LEADING_MARKER.matcher(t);
                if (!opens && leading.lookingAt()) {
                    // the marker of the word that closed the line above, wrapped before it: a line that opens with a
                    // marker is a footnote's
                    b.insert(b.length() - 1, leading.group(1));
                    t = t.substring(leading.end());
                }
                // where a line of Chinese, which fills its line whether or not its paragraph goes on, took the next page's
                // first lines, the page break stays marked before them for the reader of paragraphs to weigh
                if (i == own && previous != null && HAN.matcher(previous.text()).find()) b.append(PAGE_BREAK);
                b.append(coverIndent(l, margin)).append(t).append('\n');
                previous = l;
            }
            if (!pg.notes.isEmpty()) {
                b.append('\n').append(RULE).append('\n');
                for (Note n : pg.notes) {
                    b.append(MARKER_OPEN).append(n.number).append(MARKER_CLOSE).append(' ').append(n.text.toString().strip()).append('\n');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
