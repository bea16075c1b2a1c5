package org.dcgraph.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.recognise.Genre;

/**
 * Recognises which draft became which resolution. A resolution names its draft ("A/78/L.86") but a
 * draft's text may have lost its own symbol, and the two may be in different languages. They are the
 * same text at two stages when they share session and agenda item, have the same number of operative
 * paragraphs and nearly the same number of preambular ones, and cite mostly the same instruments
 * (symbols are the same in every language). Only a unique match is taken.
 */
public final class DraftMatcher {
    private static final double MIN_CITATION_OVERLAP = 0.5;
    private static final int PREAMBLE_TOLERANCE = 1;

    private DraftMatcher() {}

    public static LinkResult link(List<ExtractedDocument> documents) {
        List<String> notes = new ArrayList<>();
        Map<ExtractedDocument, ExtractedDocument> renamed = new IdentityHashMap<>();
        List<DraftLink> links = new ArrayList<>();
        Set<ExtractedDocument> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ExtractedDocument> drafts = documents.stream().filter(d -> d.genre() == Genre.GA_DRAFT_RESOLUTION).toList();

        for (ExtractedDocument resolution : documents) {
            if (resolution.genre() != Genre.GA_RESOLUTION || resolution.basis() == null) continue;
            String draftSymbol = resolution.basis().documentSymbol();
            if (draftSymbol == null || !draftSymbol.contains("/L.")) continue;
            List<ExtractedDocument> candidates = drafts.stream()
                    .filter(d -> draftSymbol.equals(d.symbol()) || d.symbol() == null && sameText(d, resolution))
                    .filter(d -> !claimed.contains(d))
                    .toList();
            if (candidates.size() == 1) {
                ExtractedDocument draft = candidates.get(0);
                claimed.add(draft);
                ExtractedDocument named = draft.symbol() == null ? draft.withSymbol(draftSymbol) : draft;
                if (draft.symbol() == null) {
                    renamed.put(draft, named);
                    notes.add(draft.source().name() + ": draft without a symbol recognised as " + draftSymbol
                            + ", the draft of " + resolution.symbol() + " (same session, agenda item, paragraph structure and citations)");
                }
                links.add(new DraftLink(named, resolution, pairs(named, resolution, notes)));
            } else if (candidates.size() > 1) {
                notes.add(resolution.symbol() + ": " + candidates.size() + " drafts could be " + draftSymbol + " ("
                        + candidates.stream().map(d -> d.source().name()).collect(Collectors.joining(", "))
                        + "); none is taken");
            }
        }
        List<ExtractedDocument> result = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            ExtractedDocument named = renamed.getOrDefault(d, d);
            if (named.symbol() == null) {
                notes.add(d.source().name() + ": draft whose symbol was lost and matches no resolution; kept under a provisional IRI");
            }
            result.add(named);
        }
        return new LinkResult(result, links, notes);
    }

    static boolean sameText(ExtractedDocument draft, ExtractedDocument resolution) {
        return draft.session() != null && draft.session().equals(resolution.session())
                && draft.agendaItem() != null && draft.agendaItem().equals(resolution.agendaItem())
                && draft.operativeCount() == resolution.operativeCount()
                && Math.abs(draft.preambularCount() - resolution.preambularCount()) <= PREAMBLE_TOLERANCE
                && citationOverlap(draft, resolution) >= MIN_CITATION_OVERLAP;
    }

    static double citationOverlap(ExtractedDocument a, ExtractedDocument b) {
        Set<String> x = cited(a);
        Set<String> y = cited(b);
        if (x.isEmpty() && y.isEmpty()) return 1.0;
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static Set<String> cited(ExtractedDocument d) {
        Set<String> symbols = new HashSet<>();
        for (Paragraph p : d.paragraphs()) p.citations().stream().map(Citation::key).forEach(symbols::add);
        d.footnotes().forEach(f -> f.citations().stream().map(Citation::key).forEach(symbols::add));
        return symbols;
    }

    private static List<DraftLink.ParagraphPair> pairs(ExtractedDocument draft, ExtractedDocument resolution, List<String> notes) {
        List<DraftLink.ParagraphPair> pairs = new ArrayList<>();
        for (boolean operative : new boolean[] {false, true}) {
            List<Paragraph> inDraft = draft.paragraphs().stream().filter(p -> p.operative() == operative).toList();
            List<Paragraph> inResolution = resolution.paragraphs().stream().filter(p -> p.operative() == operative).toList();
            int common = Math.min(inDraft.size(), inResolution.size());
            if (inDraft.size() != inResolution.size()) {
                notes.add(resolution.symbol() + ": " + (operative ? "operative" : "preambular") + " paragraphs differ from its draft ("
                        + inResolution.size() + " against " + inDraft.size() + "); the first " + common + " are aligned in order");
            }
            for (int i = 0; i < common; i++) pairs.add(new DraftLink.ParagraphPair(inDraft.get(i), inResolution.get(i)));
        }
        return pairs;
    }
}
