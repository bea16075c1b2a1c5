package org.dcgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.recognise.DocumentSymbol;
import org.dcgraph.reference.Ordinals;

/**
 * Reads the header block every UN document prints above its text, for every series and genre: the symbol (see
 * {@link DocumentSymbol}), distribution, date, original language, session, agenda items, and the title. The cover is
 * read as groups of lines that runs of blank lines set apart; the groups that are the cover's furniture (the
 * Organization's and the organ's names, the symbol, "Distr.: General", the date, "Original: English", the session,
 * the place and dates of a meeting, the agenda item) come first, the agenda item's own title after them, then the
 * document's title: the group before a line saying what the document is ("Report of the Secretary-General", "Note
 * by the Secretariat"), or the group that is itself the title ("Letter dated ...", "Resolution 2770 (2025)"), or
 * else the first group after the furniture and the agenda item's title.
 */
public final class HeaderReader {
    /** Where the header's facts are looked for: a cover is rarely longer, and a later line is the text's own. */
    private static final int COVER_LINES = 80;
    private static final int TITLE_GROUP_LINES = 6;
    private static final Pattern DISTRIBUTION = Pattern.compile("(?i)Distr\\.?\\s*:?\\s*(general|limited|restricted|générale|limitée|general|limitada|reservada)\\b");
    private static final Pattern ORIGINAL = Pattern.compile("(?i)\\bOriginal\\s*:\\s*(\\p{L}+)");
    private static final Pattern SESSION_YEAR = Pattern.compile("(?i)\\b(\\d{4})\\s+(?:\\p{L}+\\s+)?session\\b|\\bsession\\s+(\\d{4})\\b");
    /**
     * The agenda items a document is issued under, with a sub-item letter after a number ("69 (a)", "98 (w)", the
     * French and Spanish "72 a)") and its own sub-item ("3 (b) (iii)"), and more items after a comma or "and"; an item
     * of the General Assembly's preliminary list before its session ("Item 24 of the preliminary list").
     */
    private static final Pattern AGENDA = Pattern.compile(
            "(?i)\\b(?:agenda\\s+items?|items?|points?|temas?)\\s+(\\d{1,3}(?:\\s*\\(?[a-z]\\)(?:\\s*\\([ivx]{1,5}\\))?)?(?:\\s*(?:,|and|et|y)\\s*\\d{1,3}(?:\\s*\\(?[a-z]\\))?)*)"
                    + "(?=[^\\n]{0,40}(?:agenda|ordre du jour|programa|preliminary list|liste préliminaire|lista preliminar)|\\s*$)");
    /**
     * One agenda item of a printed list: its number and, as the six languages print it, a sub-item letter
     * ("72 (a)", "72 a)", Russian "72 а)", Arabic "72 (أ)", Chinese "72(a)"), and a sub-item's own ("3 (b) (iii)").
     */
    private static final String ONE_ITEM = "(\\d{1,3})(?!\\d)(?:\\s*\\(?(" + PartLetters.SUB_ITEMS + ")\\)(?:\\s*\\(([ivx]{1,5})\\))?)?";
    private static final Pattern AGENDA_ONE = Pattern.compile(ONE_ITEM);
    /** A list of agenda items as printed, the items joined by a comma or the language's "and". */
    private static final Pattern AGENDA_LIST = Pattern.compile(
            ONE_ITEM + "(?:\\s*(?:,|and|et|y|и|و|和)\\s*" + ONE_ITEM + ")*");
    /**
     * Lines of the cover that are no part of any title; an organ's name may carry the date of issue, where the text
     * layer puts a joint cover's two columns on one line ("Economic and Social Council 28 March 2025").
     */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:United Nations|Nations Unies|Naciones Unidas|UNITED|NATIONS(?:\\s+[A-Z])*"
            + "|(?:General Assembly|Security Council|Economic and Social Council)(?:\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?"
            + "|Human Rights Council|Executive Board.*|Trade and Development Board"
            + "|Distr\\..*|GENERAL|LIMITED|RESTRICTED|Original\\s*:.*|English|French|Spanish|Arabic|Chinese|Russian|ENGLISH|FRENCH|SPANISH"
            + "|Official Records|Supplement No\\..*|(?:\\p{L}+[- ])?\\p{L}+ (?:year|session)\\b.*|.*\\bsession\\s+\\d{4}\\b.*|\\d{4} .{0,30}session.*"
            + "|[A-Z][\\p{L} ]{2,40},\\s*\\d{1,2}(?:[-–]\\d{1,2})?\\s+\\p{L}+(?:[-–]\\d{1,2}\\s+\\p{L}+)?\\s+\\d{4}|\\(.{0,60}\\d{4}\\)"
            + "|\\d{1,2}(?:\\s+\\p{L}+(?:\\s+\\d{4})?)?\\s*[–-]\\s*\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
            + "|Item\\s+\\d.*|Agenda items?.*)$");
    /** A line that says what a document is, below its title. */
    private static final Pattern GENRE_LINE = Pattern.compile(
            "^(?:Report|Note|Rapport|Informe|Nota)\\s+(?:of|by|du|de la|del|de los)\\s+(?:the\\s+)?(?:Secretary-General|Secretariat|Secrétaire général|Secrétariat|Secretario General|Secretaría"
                    + "|Administrator|Executive Director|President|Director-General|Director|High Commissioner)\\b.{0,80}$");
    /** A group that is the title itself: a letter's or note's, or a resolution's number. */
    private static final Pattern OWN_TITLE = Pattern.compile(
            "^(?:(?:Identical\\s+)?[Ll]etters?\\s+dated|Note\\s+verbale\\s+dated|Lettre\\s+datée|Carta\\s+de\\s+fecha|Resolution\\s+\\d+\\s+\\(\\d{4}\\)|Decision\\s+\\d)");
    /** What opens a document's text: a numbered paragraph, a numbered heading, an organ's opening formula. */
    private static final Pattern BODY_START = Pattern.compile("^(?:\\d{1,3}\\.\\s|[IVX]{1,5}\\.\\s|Summary$|Résumé$|Resumen$|Contents$|The [\\p{L} ]+,$)");
    /**
     * The lines a draft prints above its title: its kind, and who submits it or to whom; a commission's
     * recommendation of the draft to its parent organ.
     */
    private static final Pattern SUBMITTED = Pattern.compile("(?i)^(?:revised\\s+)?draft\\s+(?:\\p{L}+\\s+)?(?:resolution|decision|conclusions|report|declaration)s?\\b.*\\bsubmitted\\s+(?:by|to)\\b"
            + "|:\\s*(?:revised\\s+)?draft\\s+(?:resolution|decision)$|^The\\s+[\\p{L} ]+\\s+recommends\\s+to\\s+the\\b|\\bfollowing\\s+draft\\s+(?:resolution|decision)s?\\s*:$");
    /** The cover of an Official Records volume: "Official Records" (the Council's "Official Records, 2025") and its supplement. */
    private static final Pattern OFFICIAL_RECORDS = Pattern.compile("Official Records(?:,\\s*(\\d{4}))?");
    private static final Pattern SUPPLEMENT = Pattern.compile("Supplement No\\.\\s*\\d+[A-Z]?");
    private static final Pattern INDENT = Pattern.compile("\\s{2,}\\S");
    /** A cover's title measure holds about 60 characters: a line of 40 or more was cut by it, or set apart on purpose. */
    private static final int WRAPPED_LINE = 40;
    private static final Pattern WRAPS_ON = Pattern.compile("(?:,|\\b\\p{Ll}{1,3})$");
    private static final Map<String, String> SERIES = series();
    private static final Map<String, String> LANGUAGES = Map.of(
            "english", "en", "french", "fr", "spanish", "es", "russian", "ru", "chinese", "zh", "arabic", "ar",
            "anglais", "en", "francais", "fr", "ingles", "en", "frances", "fr");

    private HeaderReader() {}

    /** The header, the title as printed (or null) and the line the text after the header starts at. */
    public record Reading(DocumentHeader header, MappedText title, int bodyStart) {}

    /** A group of lines the text set apart with blank lines: its first and last line, and its words. */
    private record Group(int first, int last, MappedText text) {}

    /**
     * The header of a normalised text, or null when no symbol is printed on its cover: a text without one is no UN
     * document this reader can name.
     */
    public static Reading read(MappedText text, String lang) {
        DocumentSymbol.Symbols symbols = DocumentSymbol.onCover(text.text());
        return symbols == null ? null : read(text, lang, symbols.all());
    }

    /**
     * The header of a text a reader of its genre has already named, whose cover may have lost its symbol: the
     * facts the cover prints, under the symbols found on it, or none.
     */
    static Reading readNamed(MappedText text, String lang) {
        DocumentSymbol.Symbols symbols = DocumentSymbol.onCover(text.text());
        return read(text, lang, symbols == null ? List.of() : symbols.all());
    }

    private static Reading read(MappedText text, String lang, List<String> symbols) {
        List<MappedText> lines = text.lines().stream().map(MappedText::strip).toList();
        int cover = Math.min(lines.size(), COVER_LINES);
        int end = headerEnd(lines, cover);
        Conventions c = Conventions.of(lang);
        String distribution = null, original = null;
        LocalDate date = null, issued = null;
        Integer session = null, sessionYear = null;
        List<String> agenda = List.of();
        int agendaLine = -1;
        for (int i = 0; i < end; i++) {
            String raw = lines.get(i).text();
            String folded = MatchFolding.fold(raw);
            Matcher d = DISTRIBUTION.matcher(raw);
            if (distribution == null && d.find()) distribution = distribution(d.group(1));
            Matcher o = ORIGINAL.matcher(raw);
            if (original == null && o.find()) original = LANGUAGES.get(MatchFolding.fold(o.group(1)).toLowerCase(Locale.ROOT));
            if (date == null && i < end / 2) date = Dates.find(folded);
            // the date of issue stands on a line of its own under the distribution; other dates of the cover (a
            // meeting's, a letter's) stand among words
            if (issued == null && Dates.DATE.matcher(folded.strip()).matches()) issued = Dates.find(folded);
            if (session == null && c != null) {
                Matcher s = c.session().matcher(folded);
                if (s.find()) session = Ordinals.parse(lang, s.group(1));
            }
            Matcher y = SESSION_YEAR.matcher(raw);
            if (sessionYear == null && y.find()) sessionYear = Integer.valueOf(y.group(1) != null ? y.group(1) : y.group(2));
            if (agendaLine < 0) {
                Matcher a = AGENDA.matcher(raw);
                if (a.find() && (a.start() == 0 || raw.substring(0, a.start()).isBlank())) {
                    agenda = agendaItems(a.group(1));
                    agendaLine = i;
                }
            }
        }
        // an Official Records volume is issued for the session its cover names below "Official Records", or for the
        // Council's year ("Official Records, 2025"), not for the session of the body whose report it is ("Forty-seventh
        // session" of the Committee on Information)
        int recordsLine = officialRecordsLine(lines, cover);
        if (c != null && recordsLine >= 0 && recordsLine + 1 < cover) {
            Matcher records = OFFICIAL_RECORDS.matcher(lines.get(recordsLine).text());
            records.matches();
            Matcher s = c.session().matcher(MatchFolding.fold(lines.get(recordsLine + 1).text()).toLowerCase(Locale.ROOT));
            if (records.group(1) != null) {
                sessionYear = Integer.valueOf(records.group(1));
                session = null;
            } else if (s.find()) {
                session = Ordinals.parse(lang, s.group(1));
            }
        }
        DocumentHeader header = new DocumentHeader(symbols, distribution, issued != null ? issued : date, original,
                symbols.isEmpty() ? null : organOf(symbols.get(0)),
                session, sessionYear, agenda);
        // a letter's or a resolution's own title line ends the header and opens the title, indented or not: its
        // wrapped lines follow it without a blank line
        if (end < cover && OWN_TITLE.matcher(lines.get(end).text()).find()) {
            int last = end;
            while (last + 1 < cover && lines.get(last + 1).length() > 0 && last - end < TITLE_GROUP_LINES) last++;
            return new Reading(header, group(lines, end, last).text(), last + 1);
        }
        Reading records = recordsLine < 0 ? null : officialRecordsTitle(header, lines, cover);
        if (records != null) return records;
        Reading indented = indentedTitle(header, text.lines(), lines, agendaLine, cover);
        if (indented != null) return indented;
        List<Group> groups = groups(lines, cover);
        return title(header, groups, agendaLine, lines);
    }

    /** The first agenda item's number, for what asks for one number. */
    public static Integer firstAgendaItem(DocumentHeader header) {
        if (header.agendaItems().isEmpty()) return null;
        Matcher m = AGENDA_ONE.matcher(header.agendaItems().get(0));
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The key of the body issuing the series a symbol opens with: the longest series the table knows. */
    public static String organOf(String symbol) {
        String best = null;
        for (Map.Entry<String, String> e : SERIES.entrySet()) {
            if (symbol.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) best = e.getKey();
        }
        return best == null ? null : SERIES.get(best);
    }

    /**
     * The title as UN covers set it: indented (the text layer keeps the indent as leading spaces), below the agenda
     * item and its title, which are not; its wrapped lines follow at the same indent or without one, and a line set
     * further in or out (the draft's "submitted by" line, the text's first paragraph) is not one of them, nor a line at
     * the same indent below one that does not wrap (a subtitle: "Annotated provisional agenda", then "Provisional agenda"),
     * nor a line without an indent after a blank one (a table's head: "Decision  Page"). When the indented group says what
     * the document is ("Report of the Secretary-General"), the indented group before it is the title.
     */
    private static Reading indentedTitle(DocumentHeader header, List<MappedText> raw, List<MappedText> lines, int agendaLine, int cover) {
        Group previous = null;
        for (int i = agendaLine + 1; i < cover; i++) {
            String s = lines.get(i).text();
            if (s.isEmpty()) continue;
            if (BODY_START.matcher(s).find()) break;
            if (!INDENT.matcher(raw.get(i).text()).lookingAt() || FURNITURE.matcher(s).matches() || DocumentSymbol.onCover(s) != null) continue;
            int last = i, blanks = 0;
            for (int j = i + 1; j < cover && j - i < TITLE_GROUP_LINES * 2; j++) {
                String next = lines.get(j).text();
                if (next.isEmpty()) {
                    if (++blanks >= 2) break;
                    continue;
                }
                boolean indented = INDENT.matcher(raw.get(j).text()).lookingAt();
                if (indented && (Math.abs(leadingSpaces(raw.get(j)) - leadingSpaces(raw.get(i))) > 1 || !wraps(lines.get(j - 1).text()))
                        || !indented && blanks > 0 || BODY_START.matcher(next).find()) break;
                last = j;
                blanks = 0;
            }
            Group group = group(lines, i, last);
            if (SUBMITTED.matcher(group.text().text()).find()) {
                i = last;
                continue;
            }
            if (GENRE_LINE.matcher(s).matches() || s.startsWith("Rapporteur")) {
                return previous == null ? null : new Reading(header, previous.text(), last + 1);
            }
            if (previous != null) {
                // a body's name above the title (a fund's, a programme's): the group right above the genre line is the title
                int below = last + 1;
                while (below < cover && lines.get(below).text().isEmpty()) below++;
                if (below < cover && GENRE_LINE.matcher(lines.get(below).text()).matches()) return new Reading(header, group.text(), below + 1);
                return new Reading(header, previous.text(), previous.last() + 1);
            }
            previous = group;
            i = last;
        }
        return previous == null ? null : new Reading(header, previous.text(), previous.last() + 1);
    }

    /**
     * Whether a cover line is cut by the measure and goes on below: it is long (a shorter line set apart on purpose
     * starts a subtitle), or it ends where no title ends (a comma, a short word in lower case: "of the", "a").
     */
    private static boolean wraps(String line) {
        return line.length() >= WRAPPED_LINE || WRAPS_ON.matcher(line).find();
    }

    /**
     * The title of an Official Records volume (a body's report as a supplement, "Supplement No. 21"): the lines after
     * "United Nations" up to the cover's next furniture (the body's session, its dates in brackets), "Report of the
     * Committee on Information", "Statistical Commission Report on the fifty-sixth session"; asked of a cover with an "Official Records"
     * line, null when it prints no supplement. English covers only: no French or Spanish volume was at hand to read theirs from.
     */
    private static Reading officialRecordsTitle(DocumentHeader header, List<MappedText> lines, int cover) {
        boolean supplement = false;
        for (int i = 0; i < cover; i++) supplement |= SUPPLEMENT.matcher(lines.get(i).text()).matches();
        if (!supplement) return null;
        int from = 0;
        while (from < cover && !lines.get(from).text().equals("United Nations")) from++;
        List<MappedText> title = new ArrayList<>();
        int last = from;
        for (int i = from + 1; i < cover; i++) {
            String s = lines.get(i).text();
            if (s.isEmpty()) continue;
            // the body's dates in brackets end it, on one line or on two ("(12 February–1 March and")
            if (isCoverFurniture(s) || s.startsWith("(")) break;
            title.add(lines.get(i));
            last = i;
        }
        return title.isEmpty() ? null : new Reading(header, MappedText.join(title, " "), last + 1);
    }

    /** The cover's "Official Records" line (or the Council's "Official Records, 2025"), or -1 when it has none. */
    private static int officialRecordsLine(List<MappedText> lines, int cover) {
        for (int i = 0; i < cover; i++) if (OFFICIAL_RECORDS.matcher(lines.get(i).text()).matches()) return i;
        return -1;
    }

    /** How far a line of the text layer is indented: the spaces the layout kept before its first word. */
    static int leadingSpaces(MappedText line) {
        String t = line.text();
        int n = 0;
        while (n < t.length() && t.charAt(n) == ' ') n++;
        return n;
    }

    private static Reading title(DocumentHeader header, List<Group> groups, int agendaLine, List<MappedText> lines) {
        int firstAfter = -1;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String first = lines.get(group.first()).text();
            if (OWN_TITLE.matcher(first).find()) {
                // the title's wrapped lines follow it without a blank line; the letter's text comes after one
                int last = group.first();
                while (last < group.last() && lines.get(last + 1).length() > 0) last++;
                return new Reading(header, group(lines, group.first(), last).text(), last + 1);
            }
            if (GENRE_LINE.matcher(first).matches() && g > 0 && group.first() > agendaLine) {
                Group before = groups.get(g - 1);
                boolean titleBefore = !isFurniture(before, lines) && before.first() > agendaLine;
                return titleBefore ? new Reading(header, before.text(), group.last() + 1) : new Reading(header, group.text(), group.last() + 1);
            }
            if (firstAfter < 0 && !isFurniture(group, lines) && group.first() > agendaLine) firstAfter = g;
        }
        if (firstAfter < 0) return new Reading(header, null, groups.isEmpty() ? 0 : groups.get(groups.size() - 1).last() + 1);
        // below an agenda item its title comes first; the document's own title follows unless the text starts there
        int t = firstAfter;
        if (agendaLine >= 0 && t + 1 < groups.size() && !startsBody(groups.get(t + 1), lines) && !isFurniture(groups.get(t + 1), lines)) t++;
        Group title = groups.get(t);
        if (startsBody(title, lines)) return new Reading(header, null, title.first());
        return new Reading(header, title.text(), title.last() + 1);
    }

    /**
     * Where the header's facts end: at the title of a letter or a resolution's number, the line saying what the
     * document is, or the first line of its text; a session or date after them is the text's own.
     */
    private static int headerEnd(List<MappedText> lines, int cover) {
        for (int i = 1; i < cover; i++) {
            String s = lines.get(i).text();
            if (OWN_TITLE.matcher(s).find() || GENRE_LINE.matcher(s).matches() || BODY_START.matcher(s).find()) return i;
        }
        return cover;
    }

    private static boolean startsBody(Group g, List<MappedText> lines) {
        return BODY_START.matcher(lines.get(g.first()).text()).find() || g.last() - g.first() + 1 > TITLE_GROUP_LINES * 2;
    }

    /** Whether every line of the group is the cover's furniture or bears the symbol. */
    private static boolean isFurniture(Group g, List<MappedText> lines) {
        for (int i = g.first(); i <= g.last(); i++) {
            String s = lines.get(i).text();
            if (!s.isEmpty() && !isCoverFurniture(s)) return false;
        }
        return true;
    }

    /** Whether a line of a cover is no part of a title: the organ, the distribution, a date, the symbol ... */
    static boolean isCoverFurniture(String line) {
        return FURNITURE.matcher(line).matches() || Dates.find(MatchFolding.fold(line)) != null && line.length() < 40
                || DocumentSymbol.onCover(line) != null && line.length() < 60;
    }

    /** Lines in groups: one blank line separates the wrapped lines of one group, two or more separate groups. */
    private static List<Group> groups(List<MappedText> lines, int end) {
        List<Group> groups = new ArrayList<>();
        int start = -1, last = -1, blanks = 0;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).length() == 0) {
                blanks++;
                continue;
            }
            if (start >= 0 && (blanks >= 2 || i - start >= TITLE_GROUP_LINES * 3)) {
                groups.add(group(lines, start, last));
                start = -1;
            }
            if (start < 0) start = i;
            last = i;
            blanks = 0;
        }
        if (start >= 0) groups.add(group(lines, start, last));
        return groups;
    }

    private static Group group(List<MappedText> lines, int first, int last) {
        List<MappedText> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) if (lines.get(i).length() > 0) parts.add(lines.get(i));
        return new Group(first, last, MappedText.join(parts, " "));
    }

    /**
     * The agenda items of the list printed from {@code from} on, each as the number and its sub-item's Latin letter
     * ("75 (a)"), so that every language version of a document names its items alike.
     */
    public static List<String> agendaItems(String printed, int from) {
        Matcher list = AGENDA_LIST.matcher(printed);
        list.region(from, printed.length());
        if (!list.lookingAt()) return List.of();
        List<String> items = new ArrayList<>();
        Matcher m = AGENDA_ONE.matcher(list.group());
        while (m.find()) {
            String item = m.group(2) == null ? m.group(1) : m.group(1) + " (" + PartLetters.subItem(m.group(2)) + ")";
            items.add(m.group(3) == null ? item : item + " (" + m.group(3) + ")");
        }
        return List.copyOf(items);
    }

    private static List<String> agendaItems(String printed) {
        return agendaItems(printed, 0);
    }

    /** "General", "Limited" or "Restricted", as a "Distr.: ..." line says it, or null. */
    public static String distributionOf(String line) {
        Matcher d = DISTRIBUTION.matcher(line);
        return d.find() ? distribution(d.group(1)) : null;
    }

    private static String distribution(String printed) {
        String p = MatchFolding.fold(printed).toLowerCase(Locale.ROOT);
        if (p.startsWith("limit")) return "Limited";
        if (p.startsWith("restr") || p.startsWith("reserv")) return "Restricted";
        return "General";
    }

    private static Map<String, String> series() {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream in = HeaderReader.class.getResourceAsStream("symbol-series.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                table.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
