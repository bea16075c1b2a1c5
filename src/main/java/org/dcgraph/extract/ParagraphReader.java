package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.TextNormaliser;
import org.dcgraph.rdf.DCG;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;
import org.dcgraph.reference.OpeningPhrase;
import org.dcgraph.reference.Ordinals;
import org.dcgraph.reference.PhraseBook;

/**
 * Reads what one paragraph says: its opening phrase, the instruments it cites, the bodies it names,
 * the goals it concerns, and for operative paragraphs whom it addresses and by when.
 */
public final class ParagraphReader {
    /** A paragraph as assembled from blocks, before it is read; a report's also carries the recommendations it addresses. */
    record RawParagraph(Paragraph.Kind kind, Integer number, MappedText text, String section, List<String> recommendations) {
        RawParagraph(boolean operative, Integer number, MappedText text, String section) {
            this(operative ? Paragraph.Kind.OPERATIVE : Paragraph.Kind.PREAMBULAR, number, text, section, List.of());
        }

        boolean operative() { return kind == Paragraph.Kind.OPERATIVE; }

        RawParagraph continuedBy(MappedText block) {
            return new RawParagraph(kind, number, MappedText.join(List.of(text, block), " "), section, recommendations);
        }
    }

    record RawFootnote(int number, MappedText text) {}

    private static final String SDG_BASE = "http://metadata.un.org/sdg/";
    /** A list of addressees printed before a comma ("the multilateral development banks, ... to"). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,;:،，]+$");
    private static final int ADDRESSEE_REACH = 300;
    /** Years a "by 2027" can mean as a time limit; a number outside them after "by" is something else. */
    private static final int FIRST_DEADLINE_YEAR = 1990, LAST_DEADLINE_YEAR = 2100;
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s\\p{IsArabic}\"”“<>]+");

    private final PhraseBook phrases;
    private final Lexicons lexicons;
    private final InstrumentIndex instruments;

    public ParagraphReader(PhraseBook phrases, Lexicons lexicons, InstrumentIndex instruments) {
        this.phrases = phrases;
        this.lexicons = lexicons;
        this.instruments = instruments;
    }

    /** Whether this reader knows the drafting conventions of the language (citation keywords, addressees, deadlines). */
    public static boolean reads(String lang) {
        return Conventions.of(lang) != null;
    }

    /**
     * Reads paragraphs whose boundaries and kinds another reader has already found (an Akoma Ntoso body):
     * each text is one paragraph, operative ones with their printed number.
     */
    public List<Paragraph> readAll(SourceFile source, List<MarkedParagraph> found, String lang, String ownSymbol) {
        List<RawParagraph> raws = found.stream()
                .map(p -> new RawParagraph(p.operative() ? Paragraph.Kind.OPERATIVE : Paragraph.Kind.PREAMBULAR, p.number(),
                        MappedText.of(p.text()), p.section(), List.of())).toList();
        return read(source, raws, lang, ownSymbol);
    }

    /** Reads footnotes another reader has already found, for the instruments they cite. */
    public List<Footnote> readAllFootnotes(SourceFile source, List<Footnote> found, String lang, String ownSymbol) {
        List<RawFootnote> raws = found.stream().map(f -> new RawFootnote(f.number(), MappedText.of(f.text()))).toList();
        return readFootnotes(source, raws, lang, ownSymbol);
    }

    boolean opensPreambularParagraph(String lang, String folded) {
        return phrases.opening(lang, false, folded) != null;
    }

    /**
     * Whether a preambular phrase opens the text's first words, not only a clause after a leading one, and more than a
     * single character of it: "对" ("expressing ... at") opens as many clauses inside a paragraph as paragraphs.
     */
    boolean startsWithPreambularPhrase(String lang, String folded) {
        PhraseBook.Match m = phrases.match(lang, false, folded);
        return m != null && m.end() - m.start() > 1;
    }

    boolean opensOperativeParagraph(String lang, String folded) {
        return phrases.opening(lang, true, folded) != null;
    }

    List<Paragraph> read(SourceFile source, List<RawParagraph> raws, String lang, String ownSymbol) {
        return read(source, raws, lang, ownSymbol, false);
    }

    List<Paragraph> read(SourceFile source, List<RawParagraph> raws, String lang, String ownSymbol, boolean damagedFont) {
        return read(source, raws, lang, ownSymbol, damagedFont, false);
    }

    /**
     * @param damagedFont whether the text was printed in the damaged Arabic body font, so names are looked for as it prints them
     * @param annex       whether the paragraphs are an annex's: its numbered paragraphs, assembled as operative ones and read
     *                    for their phrase as such ("We commit", "Requests"), are of kind NUMBERED
     */
    List<Paragraph> read(SourceFile source, List<RawParagraph> raws, String lang, String ownSymbol, boolean damagedFont, boolean annex) {
        Conventions c = Conventions.of(lang);
        CitationReader citations = new CitationReader(c, finder(Lexicons.Kind.INSTRUMENT, lang, damagedFont), instruments.symbols());
        List<Paragraph> out = new ArrayList<>();
        int preambular = 0, operative = 0, numbered = 0;
        for (RawParagraph raw : raws) {
            List<Integer> markers = markers(raw.text());
            MappedText clean = raw.text().replaceAll(TextNormaliser.FOOTNOTE_MARKER, "").strip();
            Folded f = new Folded(clean);
            PhraseBook.Match match = raw.kind() == Paragraph.Kind.NUMBERED ? null : phrases.opening(lang, raw.operative(), f.folded());
            int verbEnd = match == null ? 0 : match.end();
            String openingWords = match == null ? null : f.cleanText(match.start(), verbEnd).strip();
            List<String> addressees = List.of();
            String addresseeText = null;
            Deadline deadline = null;
            List<Mandate> mandates = List.of();
            if (raw.operative()) {
                mandates = mandates(f, match, c, lang);
                if (!mandates.isEmpty() && match != null && mandates.get(0).verb() == match.phrase()) {
                    addressees = mandates.get(0).addressees();
                    addresseeText = mandates.get(0).addresseeText();
                }
                deadline = deadline(f.folded(), c, lang);
            }
            Paragraph.Kind kind = annex && raw.operative() ? Paragraph.Kind.NUMBERED : raw.kind();
            int position = switch (kind) {
                case PREAMBULAR -> ++preambular;
                case OPERATIVE -> ++operative;
                case NUMBERED -> ++numbered;
            };
            out.add(new Paragraph(kind, position, out.size() + 1, raw.section(), raw.number(),
                    clean.text(), ResolutionExtractor.span(source, clean), openingWords,
                    match == null ? null : match.phrase(), markers, citations.read(f, ownSymbol),
                    bodiesNamed(f.folded(), lang, damagedFont), addressees, addresseeText,
                    deadline, goals(f.folded(), c, lang, damagedFont), raw.recommendations(), mandates,
                    NoteCall.of(raw.text().text(), TextNormaliser.FOOTNOTE_MARKER)));
        }
        return out;
    }

    List<Footnote> readFootnotes(SourceFile source, List<RawFootnote> raws, String lang, String ownSymbol) {
        return readFootnotes(source, raws, lang, ownSymbol, false);
    }

    List<Footnote> readFootnotes(SourceFile source, List<RawFootnote> raws, String lang, String ownSymbol, boolean damagedFont) {
        CitationReader citations = new CitationReader(Conventions.of(lang), finder(Lexicons.Kind.INSTRUMENT, lang, damagedFont), instruments.symbols());
        Conventions c = Conventions.of(lang);
        List<Footnote> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (RawFootnote raw : raws) {
            if (!seen.add(raw.number())) continue;
            MappedText clean = raw.text().strip();
            Folded folded = new Folded(clean);
            List<Citation> cited = citations.read(folded, ownSymbol);
            // "Ibid." with nothing of its own to cite repeats what the note before it cites; "Ibid., vol. 2515,
            // No. 44910" or "Ibid., Supplement No. 53 (A/78/53)" repeats only the series and cites its own
            if (cited.isEmpty() && !out.isEmpty() && c.ibid().matcher(folded.folded()).find()) {
                cited = out.get(out.size() - 1).citations();
            }
            out.add(new Footnote(raw.number(), clean.text(), ResolutionExtractor.span(source, clean), cited, urls(clean.text())));
        }
        return out;
    }

    /**
     * The web addresses a footnote gives, as absolute URLs: an address printed without its scheme
     * ({@code www.un.org/...}) is an http one; the punctuation that ends the sentence is not part of it.
     */
    private static List<String> urls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:)\\]]+$", "");
            urls.add(url.startsWith("www.") ? "http://" + url : url);
        }
        return List.copyOf(urls);
    }

    private static List<Integer> markers(MappedText text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = TextNormaliser.FOOTNOTE_MARKER.matcher(text);
        while (m.find()) numbers.add(Integer.parseInt(m.group(1)));
        return numbers;
    }

    /**
     * Every request of an operative paragraph: its opening verb's, when that verb gives a mandate, and each later one
     * joined to it ("...; and requests the Secretary-General to ...", "، وتطلب إلى ..."), which must ask someone
     * (a later "decides" binds the Assembly itself and is no request). Each reaches up to the next, and its
     * addressee, deadline and recurrence are read there.
     */
    private List<Mandate> mandates(Folded f, PhraseBook.Match opening, Conventions c, String lang) {
        String folded = f.folded();
        List<OpeningPhrase> verbs = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        if (opening != null && opening.phrase().mandateKind() != null) {
            verbs.add(opening.phrase());
            places.add(new int[] {0, opening.end()});
        }
        Matcher join = c.mandateJoin().matcher(folded);
        int from = opening == null ? 0 : opening.end();
        while (from < folded.length() && join.find(from)) {
            PhraseBook.Match later = phrases.match(lang, true, folded.substring(join.end()));
            from = join.end();
            if (later == null || later.phrase().mandateKind() == null || DCG.Decides.getURI().equals(later.phrase().mandateKind())) continue;
            verbs.add(later.phrase());
            places.add(new int[] {join.start(), join.end() + later.end()});
            from = join.end() + later.end();
        }
        List<Mandate> out = new ArrayList<>();
        for (int i = 0; i < verbs.size(); i++) {
            int verbEnd = places.get(i)[1];
            int until = i + 1 < places.size() ? places.get(i + 1)[0] : folded.length();
            String reach = folded.substring(verbEnd, until);
            List<String> addressees = List.of();
            String addresseeText = null;
            if (DCG.Commitment.getURI().equals(verbs.get(i).mandateKind())) {
                // "We commit to ...": what follows is the act, not whom it asks; the speakers are the actor
                addressees = addressees(MatchFolding.fold(c.speakers()), lang);
            } else if (!DCG.Decides.getURI().equals(verbs.get(i).mandateKind())) {
                String span = addresseeSpan(reach, 0, c);
                Matcher pronoun = c.addresseePronoun().matcher(span);
                addressees = pronoun.matches()
                        ? antecedent(pronoun.group("plural") != null, out, folded.substring(0, places.get(i)[0]), lang)
                        : addressees(span, lang);
                if (addressees.isEmpty() && !span.isBlank()) {
                    int s = verbEnd + reach.indexOf(span);
                    addresseeText = TRAILING_MARKS.matcher(f.cleanText(s, s + span.length()).strip()).replaceAll("");
                }
            }
            out.add(new Mandate(verbs.get(i), addressees, addresseeText, deadline(reach, c, lang), recurrence(reach, c)));
        }
        return out;
    }

    /**
     * Whom a pronoun addressee stands for: the nearest actor of its number named before it, a group for a plural
     * ("Calls upon States ..., and urges them to"), a body for a singular ("expresses its appreciation to the
     * Secretary-General ..., and encourages him to", "We affirm the role of the International Telecommunication Union
     * ... and invite it to"); else the actors of the paragraph's request before it; else the nearest actor named.
     * None when the paragraph names no one the lexicons know: the pronoun is then kept as printed.
     */
    private List<String> antecedent(boolean plural, List<Mandate> before, String textBefore, String lang) {
        List<NameFinder.Hit> groups = lexicons.finder(Lexicons.Kind.GROUP, lang).find(textBefore);
        List<NameFinder.Hit> bodies = lexicons.finder(Lexicons.Kind.BODY, lang).find(textBefore);
        Optional<String> agreeing = nearest(plural ? groups : bodies);
        if (agreeing.isPresent()) return List.of(agreeing.get());
        for (int j = before.size() - 1; j >= 0; j--) {
            if (!before.get(j).addressees().isEmpty()) return before.get(j).addressees();
        }
        return nearest(plural ? bodies : groups).map(List::of).orElse(List.of());
    }

    private static Optional<String> nearest(List<NameFinder.Hit> hits) {
        return hits.stream().max(Comparator.comparingInt(NameFinder.Hit::end)).map(NameFinder.Hit::iri);
    }

    /** How often a request asks to act, as an ISO 8601 duration: every one to four years. */
    private static String recurrence(String folded, Conventions c) {
        Matcher m = c.recurrence().matcher(folded);
        if (!m.find()) return null;
        for (int years = 1; years <= 4; years++) {
            if (m.group("y" + years) != null) return "P" + years + "Y";
        }
        return null;
    }

    /** The words after the verb that name whom the paragraph addresses: up to "to", "أن", "على" ... */
    private static String addresseeSpan(String folded, int verbEnd, Conventions c) {
        String rest = folded.substring(verbEnd, Math.min(folded.length(), verbEnd + ADDRESSEE_REACH));
        Matcher lead = c.addresseeLead().matcher(rest);
        if (lead.find()) rest = rest.substring(lead.end());
        Matcher end = c.addresseeEnd().matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    private List<String> addressees(String span, String lang) {
        List<NameFinder.Hit> groups = lexicons.finder(Lexicons.Kind.GROUP, lang).find(span);
        Set<String> found = new LinkedHashSet<>(iris(groups));
        found.addAll(iris(outside(lexicons.finder(Lexicons.Kind.BODY, lang).find(span), groups)));
        return List.copyOf(found);
    }

    /**
     * The bodies a text names, leaving out names that are part of a longer name of another kind:
     * "the United Nations" inside "the United Nations system" or "the Charter of the United Nations".
     */
    private List<String> bodiesNamed(String folded, String lang, boolean damagedFont) {
        List<NameFinder.Hit> longer = new ArrayList<>(finder(Lexicons.Kind.GROUP, lang, damagedFont).find(folded));
        longer.addAll(finder(Lexicons.Kind.INSTRUMENT, lang, damagedFont).find(folded));
        return iris(outside(finder(Lexicons.Kind.BODY, lang, damagedFont).find(folded), longer));
    }

    /** A reader of the instruments a text in the language cites, as paragraphs are read for them. */
    CitationReader citationReader(String lang) {
        return new CitationReader(Conventions.of(lang), finder(Lexicons.Kind.INSTRUMENT, lang, false), instruments.symbols());
    }

    private NameFinder finder(Lexicons.Kind kind, String lang, boolean damagedFont) {
        return damagedFont ? lexicons.damagedFinder(kind, lang) : lexicons.finder(kind, lang);
    }

    private static List<NameFinder.Hit> outside(List<NameFinder.Hit> hits, List<NameFinder.Hit> covering) {
        return hits.stream()
                .filter(h -> covering.stream().noneMatch(c -> c.start() <= h.start() && h.end() <= c.end() && c.end() - c.start() > h.end() - h.start()))
                .toList();
    }

    private static Deadline deadline(String folded, Conventions c, String lang) {
        Matcher session = c.sessionDeadline().matcher(folded);
        if (session.find()) {
            Integer n = Ordinals.parse(lang, session.group(1));
            if (n != null) return new Deadline(null, n);
        }
        Matcher date = c.dateDeadline().matcher(folded);
        while (date.find()) {
            Matcher d = Dates.DATE.matcher(date.group());
            if (d.find() && Dates.of(d) != null) return new Deadline(Dates.of(d), null);
        }
        Matcher year = c.yearDeadline().matcher(folded);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y >= FIRST_DEADLINE_YEAR && y <= LAST_DEADLINE_YEAR) return new Deadline(null, null, y);
        }
        return null;
    }

    private List<String> goals(String folded, Conventions c, String lang, boolean damagedFont) {
        Set<String> goals = new LinkedHashSet<>(iris(finder(Lexicons.Kind.GOAL_KEYWORD, lang, damagedFont).find(folded)));
        Matcher m = c.goalNumber().matcher(folded);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= 17) goals.add(SDG_BASE + n);
        }
        return List.copyOf(goals);
    }

    private static List<String> iris(List<NameFinder.Hit> hits) {
        return hits.stream().map(NameFinder.Hit::iri).toList();
    }
}
