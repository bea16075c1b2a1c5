package org.dcgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.system.Txn;
import org.dcgraph.QueryRows;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;

/**
 * What a user of a store sees of it, to compare a store before and after a process writing it was killed: its
 * quads and named graphs, the answer to a named query, what full-text search finds (so the search index must be in
 * step with the store), and how many quads the N-Quads dump of its generation holds as it was left (-1 for none):
 * opening it refreshes no dump, so a dump that disagrees with the store shows.
 */
record StoreContent(long quads, List<String> graphs, List<Map<String, String>> documents, List<String> found, long dumpedQuads) {
    /** Words searched for, with their language: one in the Arabic of the smaller store, two in the larger one's English. */
    private static final List<Map<String, String>> SEARCHES = List.of(Map.of("q", "قدرات", "lang", "ar"),
            Map.of("q", "\"digital cooperation\"", "lang", "en"), Map.of("q", "sponsors", "lang", "en"));

    static StoreContent of(Path directory) throws IOException {
        try (Store store = Store.open(directory)) {
            List<String> graphs = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> store.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
            graphs.sort(null);
            List<String> found = new ArrayList<>();
            for (Map<String, String> search : SEARCHES) {
                List<String> paragraphs = new ArrayList<>(QueryRows.of(store, "search", search).stream().map(r -> r.get("paragraph")).toList());
                paragraphs.sort(null);
                found.add(search.get("q") + " → " + paragraphs);
            }
            return new StoreContent(store.quadCount(), graphs, QueryRows.of(store, "documents", Map.of()), found,
                    dumpedQuads(Dumps.current(Dumps.folderOf(store), store.generation()).map(d -> d.resolve(Dumps.NQUADS)).orElse(null)));
        }
    }

    private static long dumpedQuads(Path nquads) throws IOException {
        if (nquads == null) return -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(nquads)), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).count();
        }
    }
}
