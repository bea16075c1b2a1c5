package org.dcgraph.query;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.store.Store;

/** The test data and fixture queries under src/test/resources/query/. */
final class Fixtures {
    static final String QUERY_FOLDER = "query/queries/";

    private Fixtures() {}

    /** An in-memory TDB2 store set up as the real one is: the default graph is the union of the named graphs. */
    static DatasetGraph dataset() {
        DatasetGraph dataset = Store.inMemory().dataset();
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, resource("query/dataset.trig").toString()));
        return dataset;
    }

    static QueryCatalogue catalogue() {
        return QueryCatalogue.fromDirectory(resource(QUERY_FOLDER));
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null)
            throw new IllegalStateException("no test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
