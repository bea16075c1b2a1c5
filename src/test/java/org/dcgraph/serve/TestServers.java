package org.dcgraph.serve;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.store.Store;
import org.dcgraph.query.QueryCatalogue;

/** Real servers for the tests: an in-memory TDB2 store and the fixtures under src/test/resources/serve/. */
final class TestServers {
    private TestServers() {}

    /** The store as the service runs it, with the default graph the union of the named graphs. */
    static DatasetGraph dataset() {
        DatasetGraph dataset = Store.inMemory().dataset();
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, resource("serve/dataset.trig").toString()));
        return dataset;
    }

    /** Any free port, on the loopback interface only. */
    static ServerSettings settings(String queryFolder) {
        return ServerSettings.defaults(QueryCatalogue.fromDirectory(resource(queryFolder))).withPort(0).withBindAddress("127.0.0.1");
    }

    static Path resource(String name) {
        URL url = TestServers.class.getClassLoader().getResource(name);
        if (url == null)
            throw new IllegalStateException("no test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
