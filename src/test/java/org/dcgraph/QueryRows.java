package org.dcgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.store.Store;

/** The rows of a query's answer as column → lexical form or IRI: the shape in which tests state expected answers. */
public final class QueryRows {
    private QueryRows() {}

    /** The rows of a named query of {@code queries/} run on a store. */
    public static List<Map<String, String>> of(Store store, String query, Map<String, String> params) {
        QueryRunner runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        return of(runner.run(QueryCatalogue.fromDirectory(Path.of("queries")).get(query), params));
    }

    /** An unbound column is left out of its row. */
    public static List<Map<String, String>> of(RowSet rs) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            b.vars().forEachRemaining(v -> {
                var n = b.get(v);
                if (n != null) row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }
}
