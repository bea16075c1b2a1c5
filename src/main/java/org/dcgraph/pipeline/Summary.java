package org.dcgraph.pipeline;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.MandateAnswer;
import org.dcgraph.extract.Sponsorship;
import org.dcgraph.recognise.Genre;

/** One line saying what was recognised in a file, for the build report. */
final class Summary {
    private Summary() {}

    static String of(ExtractedDocument d, String iri) {
        if (d.report() != null) return ofReport(d);
        boolean generalAssembly = d.genre() == Genre.GA_RESOLUTION || d.genre() == Genre.GA_DRAFT_RESOLUTION;
        if (d.header() != null && !generalAssembly) return ofDocument(d);
        StringBuilder b = new StringBuilder();
        b.append(d.symbol() != null ? d.symbol() : "(provisional) " + iri)
                .append(", ").append(d.genre().description()).append(" [").append(d.language()).append("]")
                .append(", session ").append(d.session()).append(", agenda item ").append(d.agendaItem());
        if (d.header() != null && d.header().agendaItems().stream().anyMatch(i -> i.contains("(")))
            b.append(" (as printed: ").append(String.join(", ", d.header().agendaItems())).append(")");
        b.append(", ").append(d.date())
                .append(", ").append(d.preambularCount()).append(" preambular and ")
                .append(d.operativeCount()).append(" operative paragraphs, ")
                .append(d.footnotes().size()).append(" footnotes");
        long unmatched = d.paragraphs().stream().filter(p -> p.phrase() == null).count();
        if (unmatched > 0) b.append(", ").append(unmatched).append(" opening phrases not in the vocabulary");
        if (!d.sponsors().isEmpty()) b.append(", ").append(d.sponsors().size()).append(" sponsors");
        b.append(sponsorsNotKnown(d));
        if (d.akn() != null) {
            b.append(", Akoma Ntoso: ").append(d.akn().keywords().size()).append(" UNBIS keywords");
            if (d.akn().vote() != null) b.append(", ").append(d.akn().vote().outcome());
            if (!d.akn().annexes().isEmpty()) b.append(", ").append(d.akn().annexes().size()).append(" annexes");
            if (!d.akn().unmappedNames().isEmpty()) b.append(", State names matching no country ").append(d.akn().unmappedNames());
        }
        return b.toString();
    }

    /** A document read by its header and what its text has: the genre it was read as, and what was not found. */
    private static String ofDocument(ExtractedDocument d) {
        var h = d.header();
        StringBuilder b = new StringBuilder(String.join(" = ", h.symbols()))
                .append(", read as ").append(d.genre().description()).append(" [").append(d.language()).append("]")
                .append(", organ ").append(h.organ());
        if (h.session() != null) b.append(", session ").append(h.session());
        if (h.sessionYear() != null) b.append(", session of ").append(h.sessionYear());
        if (!h.agendaItems().isEmpty()) b.append(", agenda items ").append(String.join(", ", h.agendaItems()));
        b.append(", ").append(d.date() != null ? d.date() : "no date printed")
                .append(", ").append(d.sections().size()).append(" sections, ");
        if (d.operativeCount() > 0) b.append(d.preambularCount()).append(" preambular and ").append(d.operativeCount()).append(" operative paragraphs, ");
        else b.append(d.numberedCount()).append(" numbered paragraphs, ");
        b.append(d.footnotes().size()).append(" footnotes");
        if (!d.sponsors().isEmpty()) b.append(", ").append(d.sponsors().size()).append(" sponsors");
        b.append(sponsorsNotKnown(d));
        if (!d.notUnderstood().isEmpty()) b.append("; ").append(String.join("; ", d.notUnderstood()));
        return b.append(answers(d)).toString();
    }

    /** The sponsors' names that are neither a State nor a group of the reference data, as printed. */
    private static String sponsorsNotKnown(ExtractedDocument d) {
        List<String> printed = d.sponsorships().stream().filter(s -> s.kind() == Sponsorship.Kind.PRINTED).map(Sponsorship::who).toList();
        return printed.isEmpty() ? "" : ", unknown sponsors " + printed;
    }

    private static String ofReport(ExtractedDocument d) {
        long headings = d.sections().stream().filter(s -> !s.recommendations().isEmpty()).count();
        String codes = String.join(" ", d.sections().stream().flatMap(s -> s.recommendations().stream()).toList());
        return d.symbol() + ", " + d.genre().description() + " [" + d.language() + "]"
                + ", session " + d.session() + ", agenda item " + d.agendaItem()
                + ", " + (d.date() != null ? d.date() : "no date printed")
                + ", " + d.sections().size() + " sections, " + d.numberedCount() + " numbered paragraphs, "
                + d.footnotes().size() + " footnotes, recommendations " + (codes.isEmpty() ? "none" : codes)
                + " in " + headings + " sections" + answers(d);
    }

    /** The requests the document says it answers, as placed ("answers A/RES/78/311 op 15"), and those not placed. */
    private static String answers(ExtractedDocument d) {
        List<String> placed = d.answers().stream().filter(MandateAnswer::placed)
                .map(a -> a.symbol() + (a.paragraph() == null ? "" : " op " + a.paragraph())).distinct().toList();
        long unplaced = d.answers().stream().filter(a -> !a.placed()).count();
        String s = placed.isEmpty() ? "" : ", answers " + String.join(", ", placed);
        return unplaced == 0 ? s : s + ", " + unplaced + " answering clauses citing no resolution read";
    }
}
