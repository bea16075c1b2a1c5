package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final Query LISTING = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s");
    private static final Query BEST_HUNDRED = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 100");

    @Test
    void wholeAnswerLeavesTheQueryAsItIs() {
        assertSame(LISTING, Page.WHOLE.applyTo(LISTING));
        assertEquals(Page.WHOLE, Page.of("documents", null, null));
    }

    @Test
    void pageSetsTheQuerysOffsetAndLimit() {
        Query paged = Page.of("documents", "200", "50").applyTo(LISTING);
        assertEquals(200, paged.getOffset());
        assertEquals(50, paged.getLimit());
        assertFalse(LISTING.hasLimit(), "the catalogue's query is left unchanged");
    }

    @Test
    void offsetAloneReadsToTheEnd() {
        Query paged = Page.of("documents", "10", null).applyTo(LISTING);
        assertEquals(10, paged.getOffset());
        assertFalse(paged.hasLimit());
    }

    @Test
    void queryLimitingItsOwnAnswerIsPagedWithinIt() {
        Query lastPage = Page.of("search", "90", "50").applyTo(BEST_HUNDRED);
        assertEquals(90, lastPage.getOffset());
        assertEquals(10, lastPage.getLimit());
        assertEquals(0, Page.of("search", "120", "50").applyTo(BEST_HUNDRED).getLimit());
    }

    @Test
    void rankingSubqueryIsCutAtThePagesLastRow() {
        Query ranked = QueryFactory.create("SELECT ?s ?n WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 100 }"
                                           + " BIND(STRLEN(STR(?s)) AS ?n) } ORDER BY ?s LIMIT 100");
        Query page = Page.of("search", "20", "30").applyTo(ranked);
        assertEquals(20, page.getOffset());
        assertEquals(30, page.getLimit());
        assertEquals(50, ranking(page).getLimit());
        assertEquals(100, ranking(Page.of("search", "90", "50").applyTo(ranked)).getLimit());
        assertEquals(100, ranking(ranked).getLimit(), "the catalogue's query is left unchanged");
    }

    @Test
    void subqueryRankingOtherwiseIsLeftWhole() {
        Query otherOrder = QueryFactory.create("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY DESC(?s) LIMIT 100 } }"
                                               + " ORDER BY ?s LIMIT 100");
        assertEquals(100, ranking(Page.of("search", "0", "10").applyTo(otherOrder)).getLimit());
    }

    private static Query ranking(Query query) {
        return ((ElementSubQuery) ((ElementGroup) query.getQueryPattern()).get(0)).getQuery();
    }

    @Test
    void valueThatIsNotAWholeNumberOfAtLeastZeroIsRefusedNamingTheParameter() {
        BadParameterException negative = assertThrows(BadParameterException.class, () -> Page.of("documents", "-1", null));
        assertEquals(new BadParameterException("documents", "offset", "'-1' is not a whole number of at least 0").getMessage(),
                     negative.getMessage());
        BadParameterException words = assertThrows(BadParameterException.class, () -> Page.of("documents", null, "ten"));
        assertEquals(new BadParameterException("documents", "limit", "'ten' is not a whole number of at least 0").getMessage(),
                     words.getMessage());
    }
}
