package org.dcgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.QueryCatalogue;

/**
 * Writes each named query of the parameters file as plain SPARQL with its parameters put in (OUT_DIR/NAME.rq),
 * the same text for both engines over HTTP. The values go in as the typed terms the service binds
 * ({@link NamedQuery#bind}), substituted in the syntax by Jena, so the text asks what the named query asks.
 *
 * <p>Usage: {@code QueryTexts PARAMETERS_FILE OUT_DIR}
 */
public final class QueryTexts {
    private QueryTexts() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        QueryCatalogue catalogue = QueryCatalogue.fromClasspath();
        for (Map.Entry<String, Map<String, String>> e : QueryParameters.read(Path.of(args[0])).entrySet()) {
            NamedQuery named = catalogue.get(e.getKey());
            Query substituted = QueryTransformOps.replaceVars(named.query(), named.bind(e.getValue()));
            Files.writeString(out.resolve(e.getKey() + ".rq"), substituted.serialize());
        }
    }
}
