package org.dcgraph.pipeline;

import org.dcgraph.extract.ScholarlyArticle;

/** One line saying what was recognised in a journal article, for the build report. */
final class ArticleSummary {
    private ArticleSummary() {}

    static String of(ScholarlyArticle a, String iri) {
        return iri + ", scholarly article [" + a.language() + "], " + String.join(" and ", a.authors())
                + ", " + a.journal() + " " + a.volume() + "(" + a.issue() + "), pages " + a.firstPage() + "-" + a.lastPage()
                + ", " + a.dates().size() + " dates, " + a.parts().size() + " parts, discusses " + a.discusses().size()
                + " bodies and instruments by name and " + a.discussedSymbols().size() + " documents by symbol";
    }
}
