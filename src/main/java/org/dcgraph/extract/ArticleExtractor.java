package org.dcgraph.extract;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.VisualOrderByWordUse;
import org.dcgraph.recognise.Recognition;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;

/**
 * Reads a journal article laid out as Iranian journals lay out their articles: a byline of authors
 * with affiliation numbers, an "article information" box with the dates of its life in the Solar Hijri
 * calendar and its keywords, the abstract in the article's language, a citation line ("استناد: ...")
 * giving authors, year, title, journal, volume(issue) and pages, a running header naming the journal,
 * volume and issue, numbered body sections, and an abstract in English.
 * <p>
 * PDF text layers of such articles often write a right-to-left line in visual order, so that a label
 * stands after its value ("26/6/1403 : دریافت تاریخ"), and scramble the letters of a word around the
 * letter ی ("خیتار" for "تاریخ"): labels are therefore recognised by their letters whatever their
 * order, and numbers are read on either side of their label. A citation line that opens with the full
 * stop that ends it was written in visual order; its title is put back in reading order by {@link
 * VisualOrderByWordUse}, which lets the article's own words decide.
 */
public final class ArticleExtractor {
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern DATE = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGES = Pattern.compile("(?<![\\d/])(\\d{1,4})\\s*-\\s*(\\d{1,4})(?![\\d/])");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[(（]\\s*\\.?\\s*(1[2-4]\\d\\d|20\\d\\d|19\\d\\d)\\s*\\.?\\s*[)）]");
    /** A numbered heading, "1. Title" or, in visual order, ". Title 1". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*(?:(\\d{1,2})\\s*[.\\-]\\s*(\\S.{2,80}?)|\\.\\s*(\\S.{2,80}?)\\s+(\\d{1,2}))\\s*$");
    /** A numbered heading whose number a visual-order layer glued to the end of its first word (". مصوبات3"). */
    private static final Pattern GLUED_HEADING = Pattern.compile("^\\s*(\\S[^.]{2,60}?)\\s*\\.\\s*(\\p{IsArabic}+)(\\d{1,2})\\s*$");
    private static final Pattern PUNCTUATION = Pattern.compile("[،,.:؛;«»\"()]");
    private static final Pattern ABSTRACT_CUE = Pattern.compile("(?i)\\b(?:abstract|objectives?|methods|findings|conclusions?)\\s*:");
    private static final Set<String> HONORIFICS = Set.of("دکتر", "پروفسور", "مهندس", "استاد", "Dr", "Prof");
    private static final Map<String, SolarHijriDate.Role> DATE_LABELS = Map.of(
            "دریافت", SolarHijriDate.Role.RECEIVED, "بازنگری", SolarHijriDate.Role.REVISED,
            "اصلاح", SolarHijriDate.Role.REVISED, "پذیرش", SolarHijriDate.Role.ACCEPTED, "انتشار", SolarHijriDate.Role.PUBLISHED);
    /** Unnumbered headings of the body, by the role they give the section. */
    private static final Map<String, String> UNNUMBERED_HEADINGS = Map.of(
            "مقدمه", "introduction", "نتیجه گیری", "conclusion", "نتیجه‌گیری", "conclusion", "نتیجه", "conclusion",
            "جمع بندی", "conclusion", "منابع", "references", "فهرست منابع", "references");
    private static final String CITATION_LABEL = "استناد";
    private static final String JOURNAL_LABEL = "فصلنامه";
    private static final String VOLUME_LABEL = "دوره";
    private static final String ISSUE_LABEL = "شماره";
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final Lexicons lexicons;
    private final InstrumentIndex instruments;

    public ArticleExtractor(Lexicons lexicons, InstrumentIndex instruments) {
        this.lexicons = lexicons;
        this.instruments = instruments;
    }

    public ScholarlyArticle extract(SourceFile source, MappedText text, Recognition recognition) throws ExtractionException {
        List<MappedText> lines = text.lines();
        MappedText citation = lineWith(lines, CITATION_LABEL);
        if (citation == null) throw new ExtractionException("scholarly article without a citation line (" + CITATION_LABEL + ":), so no title, year or pages");
        MappedText header = runningHeader(lines);
        String journal = header == null ? null : journal(header.text());
        String title = title(citation.text(), journal);
        if (title != null && citation.text().strip().startsWith(".")) title = new VisualOrderByWordUse(text.text()).reading(title);
        List<String> authors = authors(lines);
        if (authors.isEmpty()) throw new ExtractionException("scholarly article without a byline of authors with affiliation numbers");
        Matcher pages = PAGES.matcher(citation.text());
        boolean paged = pages.find();
        Matcher year = YEAR_IN_BRACKETS.matcher(citation.text());
        String lang = recognition.language();
        Folded folded = new Folded(text);
        List<String> named = named(folded);
        return new ScholarlyArticle(source, lang, authors, title, null, journal,
                header == null ? null : numberBy(header.text(), VOLUME_LABEL), header == null ? null : numberBy(header.text(), ISSUE_LABEL),
                paged ? Integer.valueOf(pages.group(1)) : null, paged ? Integer.valueOf(pages.group(2)) : null,
                year.find() ? year.group(1) : null, dates(lines), keywords(lines), parts(source, lines, lang, citation),
                named, citedSymbols(folded, named));
    }

    /** The IRI slug of an article: first author's surname, year and the first words of the title, in ASCII. */
    public static String slug(ScholarlyArticle a) {
        List<String> words = new ArrayList<>();
        if (!a.authors().isEmpty()) {
            String[] name = a.authors().get(0).split("\\s+");
            words.add(name[name.length - 1]);
        }
        if (a.citationYear() != null) words.add(a.citationYear());
        if (a.title() != null) {
            List<String> title = List.of(a.title().split("\\s+"));
            words.addAll(title.subList(0, Math.min(3, title.size())));
        }
        String ascii = TO_ASCII.transliterate(String.join(" ", words));
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static MappedText lineWith(List<MappedText> lines, String label) {
        for (MappedText line : lines) {
            for (String word : words(line.text())) if (sameLetters(word, label)) return line;
        }
        return null;
    }

    /** The running header: the journal's label with the volume's, on one line. */
    private static MappedText runningHeader(List<MappedText> lines) {
        for (MappedText line : lines) {
            if (line.text().contains(JOURNAL_LABEL) && line.text().contains(VOLUME_LABEL)) return line;
        }
        return null;
    }

    /** The journal's name beside its label: after it in reading order, or before it when the line is in visual order. */
    private static String journal(String header) {
        int at = header.indexOf(JOURNAL_LABEL);
        if (at < 0) return null;
        String after = header.substring(at + JOURNAL_LABEL.length()).split("[،,]")[0].strip();
        if (!after.isEmpty() && !DIGITS.matcher(after).find()) return after;
        String[] before = header.substring(0, at).split("[،,]");
        return before.length == 0 ? null : before[before.length - 1].strip();
    }

    /** The number beside a label: after it in reading order, or before it in visual order. */
    private static Integer numberBy(String header, String label) {
        boolean visual = header.strip().endsWith(JOURNAL_LABEL);
        Matcher m = Pattern.compile(visual ? "(\\d+)\\s*[،,]?\\s*" + label : label + "\\s*(\\d+)").matcher(header);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The title between the year and the journal's name on the citation line, whichever order the line is in. */
    private static String title(String citation, String journal) {
        Matcher year = YEAR_IN_BRACKETS.matcher(citation);
        if (!year.find() || journal == null) return null;
        int at = citation.indexOf(journal);
        if (at < 0) return null;
        String between = at > year.end() ? citation.substring(year.end(), at) : citation.substring(at + journal.length(), year.start());
        String title = PUNCTUATION.matcher(between).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return title.isEmpty() ? null : title;
    }

    /** The byline: names separated by "|", each with its affiliation number, ordered by that number. */
    private static List<String> authors(List<MappedText> lines) {
        for (MappedText line : lines) {
            String s = line.text();
            if (!s.contains("|") || !ARABIC_SCRIPT.matcher(s).find()) continue;
            Map<Integer, String> byNumber = new TreeMap<>();
            for (String piece : s.split("\\|")) {
                Matcher number = DIGITS.matcher(piece);
                if (!number.find()) return List.of();
                List<String> name = new ArrayList<>(words(piece));
                name.removeIf(HONORIFICS::contains);
                if (name.size() < 2 || name.size() > 5) return List.of();
                byNumber.put(Integer.valueOf(number.group()), String.join(" ", name));
            }
            return new ArrayList<>(byNumber.values());
        }
        return List.of();
    }

    private static List<SolarHijriDate> dates(List<MappedText> lines) {
        List<SolarHijriDate> dates = new ArrayList<>();
        for (MappedText line : lines) {
            Matcher date = DATE.matcher(line.text());
            if (!date.find()) continue;
            SolarHijriDate.Role role = null;
            for (String word : words(line.text())) {
                for (var label : DATE_LABELS.entrySet()) if (sameLetters(word, label.getKey())) role = label.getValue();
            }
            if (role != null) dates.add(date(role, date));
        }
        return dates;
    }

    /**
     * The year is the number of four digits; of the other two, a number above 12 is the day. When both could
     * be months, they are read day first, as the journal prints its dates (26/6/1403).
     */
    private static SolarHijriDate date(SolarHijriDate.Role role, Matcher m) {
        List<Integer> numbers = new ArrayList<>(List.of(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))));
        int year = numbers.stream().filter(n -> n >= 1000).findFirst().orElse(numbers.get(2));
        numbers.remove(Integer.valueOf(year));
        int day = numbers.get(1) > 12 && numbers.get(0) <= 12 ? numbers.get(1) : numbers.get(0);
        int month = day == numbers.get(0) ? numbers.get(1) : numbers.get(0);
        return new SolarHijriDate(role, day + "/" + month + "/" + year, year, month, day);
    }

    /** The keywords: the short lines below their label, one or more a line. */
    private static List<String> keywords(List<MappedText> lines) {
        int label = keywordLabel(lines);
        List<String> keywords = new ArrayList<>();
        for (int j = label + 1; label >= 0 && j < keywordsEnd(lines, label); j++) {
            for (String k : lines.get(j).text().split("[،,;؛]")) {
                String keyword = keyword(k);
                if (!keyword.isEmpty()) keywords.add(keyword);
            }
        }
        return keywords;
    }

    private static int keywordLabel(List<MappedText> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = words(lines.get(i).text());
            if (words.stream().anyMatch(w -> sameLetters(w, "کلیدواژه") || sameLetters(w, "کلیدواژه‌ها"))
                    || (words.contains("واژه") && words.contains("کلید")) || (words.contains("واژگان") && words.contains("کلیدی"))) return i;
        }
        return -1;
    }

    /** Where the keyword lines end: at the first line too long to be keywords. */
    private static int keywordsEnd(List<MappedText> lines, int label) {
        int j = label + 1;
        while (j < lines.size() && lines.get(j).text().strip().length() <= 40) j++;
        return j;
    }

    /** A keyword line that opens with the full stop that ends it was written in visual order: its words go back. */
    private static String keyword(String printed) {
        String s = printed.strip();
        boolean visual = s.startsWith(".");
        List<String> words = new ArrayList<>(words(s));
        if (visual) java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    private static List<ArticlePart> parts(SourceFile source, List<MappedText> lines, String lang, MappedText citation) {
        List<ArticlePart> parts = new ArrayList<>();
        englishAbstract(source, lines, parts);
        ownAbstract(source, lines, lang, citation, parts);
        List<MappedText> section = new ArrayList<>();
        String key = null, title = null;
        for (MappedText line : lines) {
            String s = line.text().strip();
            String[] heading = heading(s);
            if (heading != null) {
                if (key != null) addSection(source, parts, key, title, section, lang);
                if ("references".equals(heading[0])) {
                    key = null;
                    break;
                }
                key = "sec/" + heading[0];
                title = heading[1];
                section = new ArrayList<>();
            } else if (key != null && isBodyLine(s)) {
                section.add(line.strip());
            }
        }
        if (key != null) addSection(source, parts, key, title, section, lang);
        return parts;
    }

    /** The first block of English lines that reads as an abstract (objectives, methods, findings ...), up to the first line in Arabic script. */
    private static void englishAbstract(SourceFile source, List<MappedText> lines, List<ArticlePart> parts) {
        List<MappedText> block = new ArrayList<>();
        for (MappedText line : lines) {
            String s = line.text().strip();
            if (s.isEmpty()) continue;
            if (count(ARABIC_SCRIPT, s) > count(LATIN, s)) {
                if (!block.isEmpty()) break;
                continue;
            }
            block.add(line.strip());
        }
        if (block.isEmpty() || !ABSTRACT_CUE.matcher(MappedText.join(block, " ").text()).find()) return;
        MappedText text = MappedText.join(block, " ");
        parts.add(new ArticlePart("abstract/en", ArticlePart.Kind.ABSTRACT, null, "en", text.text().replaceAll("\\s+", " "),
                ResolutionExtractor.span(source, text), parts.size() + 1));
    }

    /** The abstract in the article's language: the lines between its keywords and its citation line. */
    private static void ownAbstract(SourceFile source, List<MappedText> lines, String lang, MappedText citation, List<ArticlePart> parts) {
        int label = keywordLabel(lines);
        if (label < 0) return;
        List<MappedText> block = new ArrayList<>();
        for (int i = keywordsEnd(lines, label); i < lines.size() && lines.get(i) != citation; i++) {
            String s = lines.get(i).text().strip();
            if (isBodyLine(s)) block.add(lines.get(i).strip());
        }
        if (block.isEmpty()) return;
        MappedText text = MappedText.join(block, " ");
        parts.add(new ArticlePart("abstract/" + lang, ArticlePart.Kind.ABSTRACT, null, lang, text.text().replaceAll("\\s+", " "),
                ResolutionExtractor.span(source, text), parts.size() + 1));
    }

    /** {key, title} of a heading line: a numbered heading, or one of the unnumbered headings alone on its line. */
    private static String[] heading(String line) {
        String bare = PUNCTUATION.matcher(line).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (UNNUMBERED_HEADINGS.containsKey(bare)) return new String[] {UNNUMBERED_HEADINGS.get(bare), bare};
        Matcher glued = GLUED_HEADING.matcher(line);
        if (glued.matches()) return new String[] {glued.group(3), (glued.group(1) + " " + glued.group(2)).replaceAll("\\s+", " ")};
        Matcher m = NUMBERED_HEADING.matcher(line);
        if (!m.matches()) return null;
        String number = m.group(1) != null ? m.group(1) : m.group(4);
        String title = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
        if (count(ARABIC_SCRIPT, title) < count(LATIN, title) + 3 || title.contains(":")) return null;
        return new String[] {number, title};
    }

    /** Lines of the body proper: not the footnotes in Latin script, page numbers or the running header. */
    private static boolean isBodyLine(String s) {
        if (s.isEmpty() || s.matches("\\d+")) return false;
        if (s.contains(JOURNAL_LABEL) && s.contains(VOLUME_LABEL)) return false;
        return !(s.matches("^\\d+\\s*\\S.*") && count(LATIN, s) > count(ARABIC_SCRIPT, s));
    }

    private static void addSection(SourceFile source, List<ArticlePart> parts, String key, String title, List<MappedText> lines, String lang) {
        if (lines.isEmpty()) return;
        MappedText text = MappedText.join(lines, " ");
        parts.add(new ArticlePart(key, ArticlePart.Kind.SECTION, title, lang, text.text().replaceAll("\\s+", " "),
                ResolutionExtractor.span(source, text), parts.size() + 1));
    }

    /** The bodies, processes, instruments and reports the article names, in Persian or in its English notes and abstract. */
    private List<String> named(Folded text) {
        Set<String> found = new LinkedHashSet<>();
        for (String lang : List.of("fa", "en")) {
            for (NameFinder finder : List.of(lexicons.finder(Lexicons.Kind.BODY, lang), instruments.finder(lang),
                    lexicons.finder(Lexicons.Kind.SCHEME, lang), lexicons.finder(Lexicons.Kind.REPORT, lang))) {
                for (NameFinder.Hit hit : finder.find(text.folded())) found.add(hit.iri());
            }
        }
        return new ArrayList<>(found);
    }

    /** The UN documents it names by symbol (A/RES/70/1, A/HRC/48/13), but for the instruments already named. */
    private List<String> citedSymbols(Folded text, List<String> named) {
        CitationReader reader = new CitationReader(Conventions.of("en"), instruments.finder("en"), instruments.symbols());
        Set<String> symbols = new LinkedHashSet<>();
        for (Citation c : reader.read(text, null)) if (c.symbol() != null) symbols.add(c.symbol());
        for (String iri : named) symbols.remove(instruments.symbols().get(iri));
        return new ArrayList<>(symbols);
    }

    /** Whether two words have the same letters, in any order: how a damaged layer's labels are still known. */
    private static boolean sameLetters(String word, String label) {
        if (word.length() != label.length()) return false;
        char[] a = MatchFolding.fold(word).toCharArray();
        char[] b = MatchFolding.fold(label).toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    private static List<String> words(String s) {
        return VisualOrderByWordUse.words(s);
    }

    private static long count(Pattern p, String s) {
        return p.matcher(s).results().count();
    }
}
