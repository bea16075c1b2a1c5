package org.dcgraph.query;

import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * One page of a named query's answer: its rows after the first {@code offset}, at most {@code limit} of them (no
 * limit when {@code limit} is {@link #UNLIMITED}). An answer with more rows than the server gives at once
 * ({@link QueryLimits#maxResults}) is read page by page: the listings of the whole graph ({@code documents},
 * {@code sdgs}) pass that cap on the General Assembly record multiplied ten times. Pages follow the query's own order.
 */
public record Page(long offset, long limit) {
    public static final long UNLIMITED = Long.MAX_VALUE;
    public static final Page WHOLE = new Page(0, UNLIMITED);
    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";
    /** The names a page is asked for by, which no named query may take for a parameter of its own. */
    public static final Set<String> PARAMETER_NAMES = Set.of(OFFSET, LIMIT);

    public Page {
        if (offset < 0 || limit < 0)
            throw new IllegalArgumentException("a page's offset and limit are at least 0: " + offset + ", " + limit);
    }

    /**
     * The page asked for by the text of an offset and a limit, each null when not given.
     *
     * @throws BadParameterException naming the query and the parameter, if one is not a whole number of at least 0
     */
    public static Page of(String queryName, String offset, String limit) {
        return new Page(offset == null ? 0 : count(queryName, OFFSET, offset),
                        limit == null ? UNLIMITED : count(queryName, LIMIT, limit));
    }

    private static long count(String queryName, String parameter, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) return value;
        } catch (NumberFormatException e) {
            // reported below, with the other wrong values
        }
        throw new BadParameterException(queryName, parameter, "'" + text + "' is not a whole number of at least 0");
    }

    /** This page of a whole answer already computed. */
    <T> List<T> slice(List<T> rows) {
        int from = (int) Math.min(offset, rows.size());
        return rows.subList(from, from + (int) Math.min(limit, rows.size() - from));
    }

    /**
     * The query restricted to this page. A query that limits its own answer ({@code search}'s best 100) is paged
     * within that answer, so the pages of it together are that answer. A query that ranks its rows in a subquery
     * first in its pattern, with the same order and limit as its own, and only adds to each of them (as
     * {@code search} adds a snippet) has that subquery cut at the page's last row, so that nothing is added to the
     * rows the page does not show.
     */
    Query applyTo(Query query) {
        if (equals(WHOLE)) return query;
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long left = query.hasLimit() ? Math.max(0, query.getLimit() - offset) : UNLIMITED;
        long rows = Math.min(left, limit);
        Query paged = query.cloneQuery();
        paged.setOffset(ownOffset + offset);
        paged.setLimit(rows == UNLIMITED ? Query.NOLIMIT : rows);
        if (rows != UNLIMITED) cutRanking(query, paged, ownOffset + offset + rows);
        return paged;
    }

    private static void cutRanking(Query query, Query paged, long lastRow) {
        if (!(paged.getQueryPattern() instanceof ElementGroup group) || group.isEmpty()
                || !(group.get(0) instanceof ElementSubQuery first)) return;
        Query ranking = first.getQuery();
        if (!query.hasLimit() || !ranking.hasLimit() || ranking.getLimit() != query.getLimit()
                || !query.hasOrderBy() || !query.getOrderBy().equals(ranking.getOrderBy())) return;
        Query cut = ranking.cloneQuery();
        cut.setLimit(Math.min(ranking.getLimit(), lastRow));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(cut));
        group.getElements().stream().skip(1).forEach(pattern::addElement);
        paged.setQueryPattern(pattern);
    }
}
