package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;

/**
 * Reads what a report, note or letter says it answers, on its first pages: the document speaks of itself ("The present
 * report is submitted", "I have the honour to transmit") and says under which request ("pursuant to", "in accordance
 * with", "in response to the request contained in"), in its language's words ({@code report.answersMandate} of the
 * conventions files). What follows, up to the end of the clause, is read for the resolutions it cites and the
 * paragraphs it names ({@code report.answeredParagraph}): a paragraph goes with the resolution cited after it ("paragraph
 * 12 of Security Council resolution 2118 (2013)"), or before it where no resolution follows (the Chinese order,
 * "第2118(2013)号决议第12段").
 */
public final class AnswerReader {
    /** How far into the text the phrase is looked for: the first page or two, where the UN prints it. */
    static final int OPENING_CHARS = 8000;
    /** How far a clause reaches after the phrase. */
    private static final int CLAUSE_CHARS = 300;
    /** The end of the clause: a sentence's end, or a comma not followed by another number of a list. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;。；؛](?:\\s|$)|[,،，](?!\\s*[\\d٠-٩])");
    /** A line break inside the clause, which the citation reader would take for the end of one. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    /** Only resolutions and decisions are requests a document can answer. */
    private static final Pattern RESOLUTION_OR_DECISION = Pattern.compile("/(?:RES|DEC)/");

    private final ParagraphReader paragraphs;

    public AnswerReader(ParagraphReader paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** The answers the opening of a text gives, in the order printed; one with no symbol for each clause that cites nothing known. */
    public List<MandateAnswer> read(MappedText text, String lang, String ownSymbol) {
        ReportConventions rc = ReportConventions.of(lang);
        if (rc == null) return List.of();
        MappedText opening = text.subSequence(0, Math.min(text.length(), OPENING_CHARS));
        Folded f = new Folded(opening);
        String folded = f.folded();
        CitationReader citations = paragraphs.citationReader(lang);
        List<MandateAnswer> out = new ArrayList<>();
        Matcher phrase = rc.answersMandate().matcher(folded);
        int from = 0;
        while (from < folded.length() && phrase.find(from)) {
            int start = phrase.end();
            int limit = Math.min(folded.length(), start + CLAUSE_CHARS);
            Matcher end = CLAUSE_END.matcher(folded).region(start, limit);
            int until = end.find() ? end.start() : limit;
            from = Math.max(until, phrase.end() + 1);
            String words = f.cleanText(phrase.start(), until).replaceAll("\\s+", " ").strip();
            List<MandateAnswer> found = clause(f, start, until, rc, citations, ownSymbol, words);
            if (found.isEmpty()) out.add(new MandateAnswer(null, null, words));
            // the summary on the first page and the introduction after it often say it twice
            for (MandateAnswer a : found) {
                if (out.stream().noneMatch(o -> a.symbol().equals(o.symbol()) && Objects.equals(a.paragraph(), o.paragraph()))) out.add(a);
            }
        }
        return out;
    }

    /**
     * The resolutions one clause cites, each with the paragraph named with it: the clause is cut where each paragraph is
     * named, and the first resolution cited in a piece takes that piece's paragraph.
     */
    private static List<MandateAnswer> clause(Folded f, int start, int until, ReportConventions rc, CitationReader citations,
                                              String ownSymbol, String words) {
        List<int[]> cuts = new ArrayList<>();
        Matcher p = rc.answeredParagraph().matcher(f.folded()).region(start, until);
        while (p.find()) cuts.add(new int[] {p.start(), Integer.parseInt(p.group(1))});
        List<MandateAnswer> out = new ArrayList<>();
        int pieceStart = start;
        Integer pending = null;
        for (int i = 0; i <= cuts.size(); i++) {
            int pieceEnd = i < cuts.size() ? cuts.get(i)[0] : until;
            Integer paragraph = i == 0 ? null : cuts.get(i - 1)[1];
            List<String> cited = resolutions(f, pieceStart, pieceEnd, citations, ownSymbol);
            if (cited.isEmpty() && paragraph != null && !out.isEmpty() && out.get(out.size() - 1).paragraph() == null) {
                // the paragraph named after its resolution
                MandateAnswer last = out.remove(out.size() - 1);
                out.add(new MandateAnswer(last.symbol(), paragraph, words));
            }
            for (int k = 0; k < cited.size(); k++) out.add(new MandateAnswer(cited.get(k), k == 0 ? paragraph : null, words));
            pieceStart = pieceEnd;
        }
        return out;
    }

    private static List<String> resolutions(Folded f, int start, int end, CitationReader citations, String ownSymbol) {
        if (end <= start) return List.of();
        Folded piece = new Folded(f.clean().subSequence(f.cleanIndex(start), f.cleanIndexAfter(end)).replaceAll(LINE_BREAK, " "));
        return citations.read(piece, ownSymbol).stream().map(Citation::symbol)
                .filter(s -> s != null && RESOLUTION_OR_DECISION.matcher(s).find()).toList();
    }
}
