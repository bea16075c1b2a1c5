package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.reference.NameFinder;

/**
 * Finds the instruments a piece of text cites, under the symbols the UN prints in English.
 * Three forms are read: symbols written out ({@code A/78/458}, {@code E/CN.16/2018/CRP.3}); numbers
 * after the word resolution or decision ({@code resolution 70/1}, {@code قراراتها 78/265 و 77/320}),
 * which are General Assembly numbers (session/number) unless they start with a year, which makes them
 * ECOSOC's (year/number), or a council is named before them; early resolutions ({@code 217 A (III)});
 * and instruments known by name ("the 2030 Agenda"), from the reference data.
 */
final class CitationReader {
    private static final Pattern EXPLICIT_SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\d/.])((?:A|E|S|ST|TD|UNEP|WSIS-\\d\\d)(?:/[A-Z0-9][A-Za-z0-9.\\-()]*)+)");
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?<![\\p{L}\\d/.\\-])(\\d{1,4})/(\\d{1,4})(?![\\d/]|\\.\\d)");
    private static final Pattern EARLY = Pattern.compile("(?<![\\d/])(\\d{1,4})\\s*(?:[A-E]\\s*)?\\((S-)?([IVXL]+)\\)");
    private static final Pattern CLAUSE_END = Pattern.compile("[;؛.]\\s|\\n");
    private static final Pattern HUMAN_RIGHTS_COUNCIL =
            Pattern.compile("(?iu)حقوق|human rights|droits de l|derechos humanos");
    private static final int LOOK_BACK = 1500;
    private static final int FIRST_ECOSOC_YEAR = 1946;

    private final Conventions conventions;
    private final NameFinder instruments;
    private final Map<String, String> instrumentSymbols;

    CitationReader(Conventions conventions, NameFinder instruments, Map<String, String> instrumentSymbols) {
        this.conventions = conventions;
        this.instruments = instruments;
        this.instrumentSymbols = instrumentSymbols;
    }

    List<Citation> read(Folded text, String ownSymbol) {
        String f = text.folded();
        Map<String, Citation> found = new LinkedHashMap<>();
        Matcher m = EXPLICIT_SYMBOL.matcher(f);
        while (m.find()) {
            add(found, trimSymbol(m.group(1)), text, m.end());
        }
        m = NUMBER_PAIR.matcher(f);
        while (m.find()) {
            String keyword = keywordBefore(f, m.start());
            if (keyword == null) continue;
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean decision = conventions.decisionKeyword().matcher(keyword).find();
            String council = councilNear(f, m.start());
            String symbol;
            if (council != null && HUMAN_RIGHTS_COUNCIL.matcher(council).find()) {
                symbol = "A/HRC/" + (decision ? "DEC/" : "RES/") + first + "/" + second;
            } else if (first >= FIRST_ECOSOC_YEAR) {
                symbol = "E/" + (decision ? "DEC/" : "RES/") + first + "/" + second;
            } else {
                symbol = "A/" + (decision ? "DEC/" : "RES/") + first + "/" + second;
            }
            add(found, symbol, text, m.end());
        }
        m = EARLY.matcher(f);
        while (m.find()) {
            if (keywordBefore(f, m.start()) == null) continue;
            String session = (m.group(2) == null ? "" : "S-") + m.group(3);
            String symbol = m.group(2) == null
                    ? "A/RES/" + m.group(1) + "(" + session + ")"
                    : "A/RES/" + session + "/" + m.group(1);
            add(found, symbol, text, m.end());
        }
        for (NameFinder.Hit hit : instruments.find(f)) {
            String symbol = instrumentSymbols.get(hit.iri());
            if (symbol != null) found.putIfAbsent(symbol, new Citation(symbol, null, null));
        }
        found.remove(ownSymbol);
        return new ArrayList<>(found.values());
    }

    private void add(Map<String, Citation> found, String symbol, Folded text, int end) {
        String f = text.folded();
        String after = f.substring(end, Math.min(f.length(), end + 300));
        LocalDate date = null;
        Matcher d = conventions.citedDate().matcher(after);
        int titleFrom = 0;
        if (d.find()) {
            date = Dates.of(d);
            titleFrom = d.end();
        }
        String title = null;
        Matcher t = conventions.citedTitle().matcher(after.substring(titleFrom));
        if (t.find() && !containsAnotherCitation(after.substring(titleFrom, titleFrom + t.start(1)))) {
            int s = end + titleFrom + t.start(1);
            title = text.cleanText(s, end + titleFrom + t.end(1)).strip();
        }
        Citation existing = found.get(symbol);
        if (existing == null || existing.date() == null && date != null) {
            found.put(symbol, new Citation(symbol, date, title));
        }
    }

    private static boolean containsAnotherCitation(String between) {
        return NUMBER_PAIR.matcher(between).find() || EXPLICIT_SYMBOL.matcher(between).find();
    }

    /** The resolution or decision keyword that governs a number, if one stands earlier in its clause. */
    private String keywordBefore(String f, int position) {
        int from = Math.max(0, position - LOOK_BACK);
        String window = f.substring(from, position);
        Matcher end = CLAUSE_END.matcher(window);
        int clauseStart = 0;
        while (end.find()) clauseStart = end.end();
        String clause = window.substring(clauseStart);
        Matcher k = conventions.citationKeyword().matcher(clause);
        String last = null;
        while (k.find()) last = k.group();
        return last;
    }

    /** The council named right before or after the keyword that precedes a number, if any. */
    private String councilNear(String f, int position) {
        int from = Math.max(0, position - 120);
        String window = f.substring(from, position);
        Matcher k = conventions.citationKeyword().matcher(window);
        int kStart = -1, kEnd = -1;
        while (k.find()) {
            kStart = k.start();
            kEnd = k.end();
        }
        if (kStart < 0) return null;
        Matcher before = conventions.councilBefore().matcher(window.substring(0, kStart));
        if (before.find()) return before.group(1);
        Matcher after = conventions.councilBefore().matcher(window.substring(kEnd));
        return after.find() ? after.group(1) : null;
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
