package org.dcgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dcgraph.extract.ExtractedDocument;

/**
 * Compares what the text of a resolution and its Akoma Ntoso markup say of the same facts (adoption date,
 * numbers of preambular and operative paragraphs, agenda item). Both values stay in the graph with
 * their sources; a disagreement is listed so that someone can look.
 */
public final class SourceComparison {
    private static final Map<String, Function<ExtractedDocument, Object>> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("adoption date", ExtractedDocument::date);
        FACTS.put("agenda item", ExtractedDocument::agendaItem);
        FACTS.put("preambular paragraphs", ExtractedDocument::preambularCount);
        FACTS.put("operative paragraphs", ExtractedDocument::operativeCount);
    }

    private SourceComparison() {}

    /** Each text document against the markup of the same symbol in its own language, or else in English, or else any. */
    public static List<SourceDisagreement> compare(List<ExtractedDocument> documents) {
        Map<String, List<ExtractedDocument>> markupBySymbol = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            if (d.akn() != null && d.symbol() != null) markupBySymbol.computeIfAbsent(d.symbol(), k -> new ArrayList<>()).add(d);
        }
        List<SourceDisagreement> found = new ArrayList<>();
        for (ExtractedDocument text : documents) {
            if (text.akn() != null || text.symbol() == null) continue;
            List<ExtractedDocument> markups = markupBySymbol.get(text.symbol());
            if (markups == null) continue;
            ExtractedDocument markup = counterpart(markups, text.language());
            FACTS.forEach((fact, value) -> {
                Object a = value.apply(text), b = value.apply(markup);
                if (a != null && b != null && !Objects.equals(a, b)) {
                    found.add(new SourceDisagreement(text.symbol(), fact, text, a.toString(), markup, b.toString()));
                }
            });
        }
        return found;
    }

    private static ExtractedDocument counterpart(List<ExtractedDocument> markups, String language) {
        for (String lang : new String[] {language, "en"}) {
            for (ExtractedDocument m : markups) if (m.language().equals(lang)) return m;
        }
        return markups.get(0);
    }
}
