package org.dcgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;

/** The rows of a named query of {@code queries/} run on a store, each as column → lexical form or IRI. */
final class Rows {
    private Rows() {}

    static List<Map<String, String>> of(Store store, String query, Map<String, String> params) {
        QueryRunner runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        RowSetRewindable rs = runner.run(QueryCatalogue.fromDirectory(Path.of("queries")).get(query), params);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            b.vars().forEachRemaining(v -> {
                var n = b.get(v);
                if (n != null) row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
            });
            rows.add(row);
        }
        return rows;
    }
}
