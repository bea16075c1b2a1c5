package org.dcgraph.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN document symbol as the cover prints it, for every series: the first line of the header block holds the
 * Organization's name and the symbol ("United Nations S/RES/2770 (2025)", "A/80/74-E/2025/53"), or the symbol stands on
 * a line of its own a few lines down (older covers, "A/52/826" under "Distr. GENERAL"). A joint symbol names one
 * document issued in two series; a trailing {@code Rev.n}, {@code Add.n}, {@code Corr.n} or {@code Amend.n} names a
 * revision of, addendum to or correction of the document whose symbol is what stands before it.
 */
public final class DocumentSymbol {
    /**
     * A symbol: a series of capitals (with a dotted or hyphenated part: "E/CN.3", "DP/FPA", "UNEP/EA.6", "A/ES-10"),
     * then slash-separated parts; a Security Council resolution's year in brackets is part of it. The letters of a
     * part may be mixed case ("L.12", "Rev.1", "Add.2", "PV.9847", "Corr.1").
     */
    private static final String ONE = "[A-Z][A-Z0-9]*(?:[.\\-][A-Z0-9]+)*(?:\\(\\d+\\))?(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*(?:\\(\\d+\\))?)+(?:\\s?\\((?:\\d{4}|[IVXL]+)\\))?";
    /** Two symbols printed with a hyphen between them are one document: "A/80/74-E/2025/53". */
    private static final Pattern PRINTED = Pattern.compile("(?<![\\w/])(" + ONE + ")(?![\\w/])");
    private static final Pattern JOINT_SEPARATOR = Pattern.compile("(?<=[0-9A-Za-z.)])[-–](?=[A-Z][A-Z0-9.\\-]*/)");
    /** What a cover's symbol has and a date, a page number or a running title has not: a slash between two parts. */
    private static final Pattern ANY_SLASH = Pattern.compile("/");
    private static final Pattern CHANGE = Pattern.compile("/(Rev|Add|Corr|Amend)\\.(\\d+)$");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\s+\\(");
    /** The lines of a cover in which its symbol is looked for. */
    private static final int COVER_LINES = 40;
    /**
     * A cover prints its symbol on a short line, alone or beside the Organization's or the organ's name; a symbol
     * in running text (a README, a letter quoting another document) is no cover's.
     */
    private static final int COVER_LINE_MAX = 60;

    /** How a document relates to the one whose symbol is its own without the last part. */
    public enum Change { REVISION, ADDENDUM, CORRIGENDUM, AMENDMENT }

    /** A document's symbols as printed (the first is the one it is known by), normalised. */
    public record Symbols(List<String> all) {
        public String primary() { return all.get(0); }
    }

    private DocumentSymbol() {}

    /**
     * The symbols printed on the cover of a normalised text, or null when none is: the first symbol on the first
     * lines that holds one, split where two are joined.
     */
    public static Symbols onCover(String normalisedText) {
        for (String line : coverLines(normalisedText)) {
            if (!ANY_SLASH.matcher(line).find()) continue;
            Matcher m = PRINTED.matcher(line);
            while (m.find()) {
                List<String> symbols = split(m.group(1));
                if (symbols.stream().allMatch(DocumentSymbol::looksLikeASymbol)) return new Symbols(symbols);
            }
        }
        return null;
    }

    /**
     * A token on the cover shaped like a symbol but without a figure in it ("E/CNA/UO" for E/CN.4/110), as the text
     * layer of a scan misread by its OCR gives, or null: what a refusal names so that the reader knows why.
     */
    public static String unreadableOnCover(String normalisedText) {
        for (String line : coverLines(normalisedText)) {
            Matcher m = PRINTED.matcher(line);
            if (m.find() && m.group(1).indexOf('/') <= 12 && m.group(1).chars().noneMatch(Character::isDigit)) return m.group(1);
        }
        return null;
    }

    /** The first lines of a text, stripped, that are short enough to be a cover's. */
    private static List<String> coverLines(String normalisedText) {
        String[] lines = normalisedText.split("\n", COVER_LINES + 1);
        List<String> cover = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.length, COVER_LINES); i++) {
            String line = lines[i].strip();
            if (line.length() <= COVER_LINE_MAX) cover.add(line);
        }
        return cover;
    }

    /** The parts of a joint symbol, each normalised; a single symbol is a list of one. */
    public static List<String> split(String printed) {
        String s = printed.strip();
        List<String> parts = new ArrayList<>();
        int from = 0;
        Matcher m = JOINT_SEPARATOR.matcher(s);
        while (m.find()) {
            // a hyphen inside a series ("DP-FPA/2025/1") joins nothing: the part before it has no slash yet
            if (s.substring(from, m.start()).indexOf('/') < 0) continue;
            parts.add(normalise(s.substring(from, m.start())));
            from = m.end();
        }
        parts.add(normalise(s.substring(from)));
        return parts;
    }

    /** A symbol as IRIs name it: a Security Council resolution's year follows its number without a space. */
    public static String normalise(String printed) {
        return YEAR_IN_BRACKETS.matcher(printed.strip()).replaceAll("(");
    }

    /** What the last part of the symbol says it is of the document before it, or null. */
    public static Change change(String symbol) {
        Matcher m = CHANGE.matcher(symbol);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "Rev" -> Change.REVISION;
            case "Add" -> Change.ADDENDUM;
            case "Corr" -> Change.CORRIGENDUM;
            default -> Change.AMENDMENT;
        };
    }

    /** The symbol of the document a revision, addendum or corrigendum is of, or null when it is none of them. */
    public static String changedDocument(String symbol) {
        Matcher m = CHANGE.matcher(symbol);
        return m.find() ? symbol.substring(0, m.start()) : null;
    }

    /** Whether the symbol is a limited (L.) document: a draft, in every series. */
    public static boolean isLimited(String symbol) {
        return symbol.matches(".*/L\\.\\d+.*");
    }

    /** A symbol has a series of at most a few letters and a part with a figure: not "and/or", not a web path. */
    private static boolean looksLikeASymbol(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) return false;
        String series = s.substring(0, slash);
        return series.length() <= 12 && s.chars().anyMatch(Character::isDigit) && !s.contains("//");
    }
}
