package org.dcgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.PartLetters;
import org.dcgraph.normalise.Roman;
import org.dcgraph.recognise.DocumentSymbol;
import org.dcgraph.reference.NameFinder;

/**
 * Finds the instruments a piece of text cites, under the symbols the UN prints in English.
 * Four forms are read: symbols written out, of any series ({@code A/78/458}, {@code E/CN.16/2018/CRP.3},
 * {@code FCCC/CP/2015/10/Add.1}, {@code A/CONF.157/24 (Part I)}); numbers after the word resolution or decision,
 * given to the organ the text names beside them (before the word, "Human Rights Council resolution 20/8", between it
 * and the number, "قرار مجلس الأمن", or after the list, "résolution 20/8 du Conseil des droits de l’homme"), which
 * carries over every number of the list; without an organ named they are General Assembly numbers (session/number)
 * unless they start with a year, which makes them ECOSOC's (year/number; a decision so numbered in a document of an
 * Executive Board is the Board's own, which has no symbol), and a number with a year in brackets is a
 * Security Council resolution ({@code 1559 (2004)}); early resolutions ({@code 217 A (III)}, in Arabic
 * {@code 217 ألف (د-3)}); treaties by their
 * volume and number in the United Nations Treaty Series; and instruments known by name ("the 2030 Agenda"), from
 * the reference data.
 */
final class CitationReader {
    /**
     * What may not stand right before a number or symbol: a letter of a word it would belong to, or part of a longer
     * symbol. Han characters may: Chinese writes no space before a number ("第70/1号", "见A/78/458").
     */
    private static final String FREE_BEFORE = "(?<![\\p{L}\\d/.\\-&&[^\\p{IsHan}]])";
    /*
     * Each pattern that opens with a look-behind looks at its first character before it: FREE_BEFORE, which asks
     * every character's script, tried at every position of every paragraph was a fifth of the extraction's time.
     */
    /** A symbol's first part is a series in capitals; a symbol has a number somewhere ("HIV/AIDS" is no symbol). */
    private static final Pattern EXPLICIT_SYMBOL = Pattern.compile(
            "(?=[A-Z])" + FREE_BEFORE
                    + "([A-Z][A-Z0-9.\\-]*(?:\\([A-Za-z0-9.\\-]+\\))?"
                    + "(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*(?:\\([A-Za-z0-9.\\-]+\\))?)+)"
                    + "(?:\\s?\\((\\d{4})\\)|\\s+(\\((?:Parts?\\s[IVX]+(?:\\s(?:and|to)\\s[IVX]+)?|Vol\\.\\s?[IVX]+|Sect\\.\\s?\\d+[A-Z]?)\\)"
                    + "(?:/(?:Corr|Add|Rev)\\.\\d+)*))?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /**
     * First parts that are no series: a letter other than the three principal organs' (a list item, a roman
     * numeral: COP "decision VII/5"), and a short prefix with a session number ("S-10/2", "EC-102/..."), which other
     * organs print their resolutions under and the Assembly its special sessions'.
     */
    private static final Pattern NOT_A_SERIES = Pattern.compile("^(?:[B-DF-RT-Z]|[IVXL]+|[A-Z]{1,2}(?:-[A-Z]{1,2})*-[\\dIVXL]+)/");
    /** A resolution of a special or emergency special session, after its keyword: "resolution S-10/2", "ES-10/19". */
    private static final Pattern SPECIAL_SESSION = Pattern.compile("(?=[ES])" + FREE_BEFORE
            + "(E?S-\\d{1,2})/(\\d{1,3})(?![\\d/])");
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?=\\d)" + FREE_BEFORE
            + "(\\d{1,4})/(\\d{1,4})(?![\\d/]|\\.\\d)");
    /**
     * The part letters printed after a resolution's number when it was adopted in parts: "74/232 A", "75/290 A and B",
     * "48/226 A-C" in Latin letters, or in the Cyrillic ones that look the same, as Russian texts may print them.
     */
    private static final Pattern PARTS = Pattern.compile(
            "^\\s+([A-EАВСЕ])(?![\\p{L}\\d/])((?:\\s*(?:,|-|\\p{Ll}{1,3})\\s*[A-EАВСЕ](?![\\p{L}\\d/]))*)");
    private static final Pattern PART_LETTER = Pattern.compile("[A-EАВСЕ](?![\\p{L}\\d/])");
    /** What stands between the first and last letters of a range of parts: "A-C", "A to C", "A à C", "A a C", "А–С". */
    private static final Pattern PART_RANGE = Pattern.compile("\\s*(?:-|to|à|a|по)\\s*");
    private static final Pattern SECURITY_COUNCIL_NUMBER = Pattern.compile("(?=\\d)" + FREE_BEFORE
            + "(\\d{1,4})\\s*\\((\\d{4})\\)");
    private static final Pattern EARLY = Pattern.compile(
            "(?=\\d)(?<![\\d/])(\\d{1,4})\\s*(?:[A-E]\\s*)?\\(((?:E?S-)?)([IVXL]+)\\)");
    /**
     * An early resolution as Arabic prints it, folded: the part letter spelt out and the session in digits after د
     * (دورة), دإ for a special session and دإط for an emergency special one: "217 ألف (د-3)", "1874 (دإ-4)".
     */
    private static final String ARABIC_EARLY_SESSION = "\\((د(?:اط|ا)?)\\s*-\\s*(\\d{1,2})\\)";
    private static final Pattern ARABIC_EARLY = Pattern.compile(
            "(?=\\d)(?<![\\d/])(\\d{1,4})\\s*(?:(?:" + MatchFolding.fold(PartLetters.ARABIC) + ")\\s*)?"
                    + ARABIC_EARLY_SESSION);
    /** The rest of a list of numbers after one of them, up to where an organ may be named after the list. */
    private static final Pattern LIST_REST = Pattern.compile(
            "^(?:[\\s,،]*(?:\\p{L}{1,3}\\s+|و)?\\d{1,4}(?:/\\d{1,4}|\\s*\\(\\d{4}\\)|\\s*(?:[A-E]\\s*)?\\((?:E?S-)?[IVXL]+\\)"
                    + "|\\s*(?:(?:" + MatchFolding.fold(PartLetters.ARABIC) + ")\\s*)?" + ARABIC_EARLY_SESSION + "))*");
    private static final Pattern CLAUSE_END = Pattern.compile("[;؛.]\\s|\\n");
    private static final int LOOK_BACK = 1500;
    private static final int ORGAN_REACH = 80;
    /** How far from a number its date and title, and an organ named before a list written with dates, may stand. */
    private static final int MODIFIER_REACH = 300;
    private static final int FIRST_ECOSOC_YEAR = 1946;
    private static final List<String> YEAR_NUMBERED_DECISIONS = yearNumberedDecisions();

    private final Conventions conventions;
    private final NameFinder instruments;
    private final Map<String, String> instrumentSymbols;
    private final Pattern assemblyBefore;
    private final Pattern assemblyAfter;

    CitationReader(Conventions conventions, NameFinder instruments, Map<String, String> instrumentSymbols) {
        this.conventions = conventions;
        this.assemblyBefore = Pattern.compile("(?:" + conventions.assemblyName().pattern() + ")\\s*$", conventions.assemblyName().flags());
        // two short words at most between the list and the name ("of the", "de l'"), no comma
        this.assemblyAfter = Pattern.compile("^\\s*(?:[\\p{L}']+\\s*){0,2}?(?:" + conventions.assemblyName().pattern() + ")",
                conventions.assemblyName().flags());
        this.instruments = instruments;
        this.instrumentSymbols = instrumentSymbols;
    }

    List<Citation> read(Folded text, String ownSymbol) {
        String f = text.folded();
        Map<String, Citation> found = new LinkedHashMap<>();
        Matcher m = EXPLICIT_SYMBOL.matcher(f);
        while (m.find()) {
            // a joint symbol ("A/48/573-S/26705") cites one document known by each of its symbols
            List<String> parts = DocumentSymbol.split(trimSymbol(m.group(1)));
            for (int i = 0; i < parts.size(); i++) {
                String symbol = trimSymbol(parts.get(i));
                if (!DIGIT.matcher(symbol).find() || NOT_A_SERIES.matcher(symbol).find()) continue;
                boolean last = i == parts.size() - 1;
                if (last && m.group(2) != null && symbol.startsWith("S/RES/")) symbol += "(" + m.group(2) + ")";
                else if (last && m.group(3) != null) symbol += " " + m.group(3).replaceAll("\\s+", " ");
                add(found, symbol, text, false, m.start(), m.end());
            }
        }
        Map<Integer, Integer> listStarts = new HashMap<>();
        m = NUMBER_PAIR.matcher(f);
        while (m.find()) {
            Keyword keyword = keyword(f, m.start(), m.end(), listStarts);
            if (keyword == null) continue;
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            String kind = keyword.decision() ? "DEC/" : "RES/";
            String symbol = switch (organ(f, keyword, m.start(), m.end())) {
                case "hrc" -> "A/HRC/" + kind + first + "/" + second;
                // a Council named without its name: of the councils only the Human Rights Council numbers its
                // texts session/number, the Economic and Social Council numbers them year/number
                case "council" -> first < FIRST_ECOSOC_YEAR ? "A/HRC/" + kind + first + "/" + second : "E/" + kind + first + "/" + second;
                case "ecosoc" -> "E/" + kind + first + "/" + second;
                // the Council numbers its resolutions "1645 (2005)": a session/number pair beside its name is the
                // Assembly's twin of it ("General Assembly and Security Council resolutions 60/180 and 1645 (2005)")
                default -> first < FIRST_ECOSOC_YEAR ? "A/" + kind + first + "/" + second
                        : keyword.decision() && ownSeriesNumbersDecisionsByYear(ownSymbol) ? null
                        : "E/" + kind + first + "/" + second;
            };
            if (symbol == null) continue;
            add(found, symbol, text, keyword.after(), m.start(), m.end());
            // the parent's number is kept: the UN's own links cite a part as often by it as by the part's symbol
            Matcher parts = PARTS.matcher(f.substring(m.end(), Math.min(f.length(), m.end() + ORGAN_REACH)));
            if (parts.find()) {
                for (char part : partLetters(parts.group())) add(found, symbol + part, text, keyword.after(), m.start(), m.end());
            }
        }
        m = SPECIAL_SESSION.matcher(f);
        while (m.find()) {
            Keyword keyword = keyword(f, m.start(), m.end(), listStarts);
            if (keyword == null) continue;
            String kind = keyword.decision() ? "DEC/" : "RES/";
            String organ = organ(f, keyword, m.start(), m.end());
            String series = "hrc".equals(organ) || "council".equals(organ) ? "A/HRC/" : "A/";
            add(found, series + kind + m.group(1) + "/" + m.group(2), text, keyword.after(), m.start(), m.end());
        }
        m = SECURITY_COUNCIL_NUMBER.matcher(f);
        while (m.find()) {
            Keyword keyword = keyword(f, m.start(), m.end(), listStarts);
            if (keyword == null) continue;
            add(found, "S/RES/" + m.group(1) + "(" + m.group(2) + ")", text, keyword.after(), m.start(), m.end());
        }
        m = EARLY.matcher(f);
        while (m.find()) {
            Keyword keyword = keyword(f, m.start(), m.end(), listStarts);
            if (keyword == null) continue;
            early(found, text, f, keyword, m, m.group(2) + m.group(3));
        }
        m = ARABIC_EARLY.matcher(f);
        while (m.find()) {
            Keyword keyword = keyword(f, m.start(), m.end(), listStarts);
            if (keyword == null) continue;
            String kind = switch (m.group(2)) {
                case "دا" -> "S-";
                case "داط" -> "ES-";
                default -> "";
            };
            early(found, text, f, keyword, m, kind + Roman.of(Integer.parseInt(m.group(3))));
        }
        m = conventions.treatySeries().matcher(f);
        while (m.find()) {
            Citation.TreatySeries treaty = new Citation.TreatySeries(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            found.putIfAbsent("UNTS " + treaty.number(), new Citation(null, null, null, treaty));
        }
        for (NameFinder.Hit hit : instruments.find(f)) {
            String symbol = instrumentSymbols.get(hit.iri());
            if (symbol != null) found.putIfAbsent(symbol, new Citation(symbol, null, null));
        }
        found.remove(ownSymbol);
        return new ArrayList<>(found.values());
    }

    /**
     * An early resolution, numbered without its session and printed with the session in roman numerals after it (that
     * of a special session after "S-"): "217 A (III)", "1874 (S-IV)", under the symbol A/RES/1874(S-IV).
     */
    private void early(Map<String, Citation> found, Folded text, String f, Keyword keyword, Matcher m, String session) {
        String series = "ecosoc".equals(organ(f, keyword, m.start(), m.end())) ? "E/RES/" : "A/RES/";
        add(found, series + m.group(1) + "(" + session + ")", text, keyword.after(), m.start(), m.end());
    }

    /**
     * Records a cited symbol with the date and title printed with its number: after it ("resolution 70/1 of
     * 25 September 2015, entitled ..."), or before it where the keyword follows the number, as in Chinese
     * ("2015年9月25日题为“……”的第70/1号决议").
     */
    private void add(Map<String, Citation> found, String symbol, Folded text, boolean before, int start, int end) {
        String f = text.folded();
        int from = before ? Math.max(0, start - MODIFIER_REACH) : end;
        String near = before ? f.substring(from, start) : f.substring(end, Math.min(f.length(), end + MODIFIER_REACH));
        LocalDate date = null;
        Matcher d = conventions.citedDate().matcher(near);
        int titleFrom = 0;
        if (d.find()) {
            date = Dates.of(d);
            if (!before) titleFrom = d.end();
        }
        String title = null;
        Matcher t = conventions.citedTitle().matcher(near.substring(titleFrom));
        if (t.find() && (before || !containsAnotherCitation(near.substring(titleFrom, titleFrom + t.start(1))))) {
            title = text.cleanText(from + titleFrom + t.start(1), from + titleFrom + t.end(1)).strip();
        }
        Citation existing = found.get(symbol);
        if (existing == null || existing.date() == null && date != null) {
            found.put(symbol, new Citation(symbol, date, title));
        }
    }

    private static boolean containsAnotherCitation(String between) {
        return NUMBER_PAIR.matcher(between).find() || EXPLICIT_SYMBOL.matcher(between).find()
                || SECURITY_COUNCIL_NUMBER.matcher(between).find();
    }

    /**
     * The keyword that governs a number: the resolution or decision keyword written after the list the number
     * belongs to, as Chinese writes it ("第70/1号和第78/265号决议"), or else one earlier in its clause. For a keyword
     * after, {@code listStart} is where the list's first number stands, so that an organ named before the list
     * ("人权理事会第20/8号和第21/1号决议") carries over its every number.
     */
    private Keyword keyword(String f, int start, int end, Map<Integer, Integer> listStarts) {
        Matcher after = conventions.keywordAfter().matcher(f);
        after.region(end, Math.min(f.length(), end + LOOK_BACK));
        if (after.lookingAt()) {
            int listStart = listStarts.merge(after.end("keyword"), start, Math::min);
            boolean decision = conventions.decisionKeyword().matcher(after.group("keyword")).find();
            return new Keyword(after.start("keyword"), after.end("keyword"), decision, true, listStart);
        }
        int from = Math.max(0, start - LOOK_BACK);
        String window = f.substring(from, start);
        Matcher clause = CLAUSE_END.matcher(window);
        int clauseStart = 0;
        while (clause.find()) clauseStart = clause.end();
        Matcher k = conventions.citationKeyword().matcher(window);
        k.region(clauseStart, window.length());
        Keyword last = null;
        while (k.find()) {
            boolean decision = conventions.decisionKeyword().matcher(k.group()).find();
            last = new Keyword(from + k.start(), from + k.end(), decision, false, start);
        }
        return last;
    }

    /** Where a keyword stands, whether it names a decision, whether it follows the number, and where its list starts. */
    private record Keyword(int start, int end, boolean decision, boolean after, int listStart) {}

    /**
     * The organ named for a number ({@code hrc}, {@code sc}, {@code ecosoc}), or "" when none is: right before its
     * keyword (or before its list, when the keyword follows the numbers), between the keyword and the number, or
     * after the list the number ends or belongs to.
     */
    private String organ(String f, Keyword keyword, int numberStart, int numberEnd) {
        if (keyword.after()) {
            int at = keyword.listStart();
            Matcher before = conventions.councilBefore().matcher(f.substring(Math.max(0, at - LOOK_BACK), at));
            return before.find() ? organOf(before) : "";
        }
        Matcher before = conventions.councilBefore().matcher(f.substring(Math.max(0, keyword.start() - ORGAN_REACH), keyword.start()));
        if (before.find()) return organOf(before);
        Matcher between = conventions.councilBefore().matcher(f.substring(keyword.end(), numberStart));
        if (between.find()) return organOf(between);
        // named right after the keyword, before the list ("resoluciones del Consejo de Derechos Humanos 43/1, de 19 de
        // junio de 2020, 44/20, ..."): every number of the list is that organ's
        Matcher right = conventions.councilAfter().matcher(f.substring(keyword.end(), numberStart));
        if (right.find()) return organOf(right);
        String after = f.substring(numberEnd, Math.min(f.length(), numberEnd + LOOK_BACK));
        int listEnd = listEnd(after);
        Matcher named = conventions.councilAfter().matcher(after.substring(listEnd));
        if (named.find()) return organOf(named);
        return own(f, keyword.start(), f.substring(keyword.end(), Math.min(numberStart, keyword.end() + ORGAN_REACH)), after.substring(listEnd))
                ? "" : carried(f, keyword.start());
    }

    /**
     * Where the list that {@code after} goes on with ends: numbers, each with the date printed after it ("18/6 du
     * 29 septembre 2011, 33/3 du 29 septembre 2016 et 48/8 du 8 octobre 2021"), so that an organ named after the list
     * is found.
     */
    private int listEnd(String after) {
        int end = 0;
        while (true) {
            Matcher rest = LIST_REST.matcher(after.substring(end));
            int next = end + (rest.find() ? rest.end() : 0);
            Matcher date = conventions.citedDate().matcher(after.substring(next));
            if (date.find()) next += date.end();
            if (next == end) return end;
            end = next;
        }
    }

    /**
     * The Council an earlier keyword of the same clause was given, which a keyword without an organ of its own
     * repeats: "resolutions and decisions of the Human Rights Council, the most recent being resolutions 53/26, ...",
     * "la décision 18/120 du Conseil des droits de l’homme, ..., et les résolutions 24/14". Only the Human Rights
     * Council is carried: the other councils' numbers are told apart by their form alone.
     */
    private String carried(String f, int keywordStart) {
        int from = Math.max(0, keywordStart - LOOK_BACK);
        String window = f.substring(from, keywordStart);
        Matcher clause = CLAUSE_END.matcher(window);
        int clauseStart = 0;
        while (clause.find()) clauseStart = clause.end();
        String organ = "";
        Matcher k = conventions.citationKeyword().matcher(window);
        k.region(clauseStart, window.length());
        while (k.find()) {
            Matcher before = conventions.councilBefore().matcher(window.substring(Math.max(clauseStart, k.start() - ORGAN_REACH), k.start()));
            if (before.find()) {
                organ = organOf(before);
                continue;
            }
            String after = window.substring(k.end());
            int listEnd = listEnd(after);
            if (own(f, from + k.start(), after.substring(0, Math.min(after.length(), ORGAN_REACH)), after.substring(listEnd))) {
                organ = "";
                continue;
            }
            Matcher named = conventions.councilAfter().matcher(after.substring(listEnd));
            if (named.find()) organ = organOf(named);
        }
        return "hrc".equals(organ) || "council".equals(organ) ? organ : "";
    }

    /**
     * Whether a keyword cites the Assembly's own texts: by the words right before it ("its resolution", "General
     * Assembly resolution"), by the Assembly's name in {@code following}, the words after it up to its number
     * ("резолюций Генеральной Ассамблеи 60/143"), or by the name right after its list, {@code afterList}
     * ("résolutions 60/251 et 62/219 de l’Assemblée générale").
     */
    private boolean own(String f, int keywordStart, String following, String afterList) {
        String before = f.substring(Math.max(0, keywordStart - ORGAN_REACH), keywordStart);
        return conventions.ownCitation().matcher(before).find() || assemblyBefore.matcher(before).find()
                || conventions.assemblyName().matcher(following).find() || assemblyAfter.matcher(afterList).find();
    }

    private static boolean ownSeriesNumbersDecisionsByYear(String ownSymbol) {
        return ownSymbol != null && YEAR_NUMBERED_DECISIONS.stream().anyMatch(ownSymbol::startsWith);
    }

    private static List<String> yearNumberedDecisions() {
        try (InputStream in = CitationReader.class.getResourceAsStream("year-numbered-decisions.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organ a council pattern named; "council" where it matched the word alone ("the Council", "du Conseil"). */
    private static String organOf(Matcher council) {
        for (String organ : new String[] {"hrc", "sc", "ecosoc"}) {
            if (council.group(organ) != null) return organ;
        }
        return "council";
    }

    /** The part letters printed, a range ("A-C", "A to C", "A a C") with the letters between. */
    private static List<Character> partLetters(String printed) {
        List<Character> letters = new ArrayList<>();
        Matcher letter = PART_LETTER.matcher(printed);
        int after = 0;
        while (letter.find()) {
            char c = latinPart(letter.group()).charAt(0);
            if (!letters.isEmpty() && PART_RANGE.matcher(printed.substring(after, letter.start())).matches()) {
                for (char between = (char) (letters.get(letters.size() - 1) + 1); between < c; between++) letters.add(between);
            }
            letters.add(c);
            after = letter.end();
        }
        return letters;
    }

    /** A part letter in Latin: Russian texts may print the Cyrillic letters that look like A, B, C and E. */
    private static String latinPart(String letter) {
        return switch (letter) {
            case "А" -> "A";
            case "В" -> "B";
            case "С" -> "C";
            case "Е" -> "E";
            default -> letter;
        };
    }

    private static String trimSymbol(String symbol) {
        String s = symbol;
        while (s.endsWith(".") || s.endsWith("-") || s.endsWith(")") && count(s, '(') < count(s, ')')) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
