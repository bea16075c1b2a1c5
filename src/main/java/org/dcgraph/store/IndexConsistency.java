package org.dcgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store it indexes. Both commit in the same transaction, but a process
 * killed between the two commits, or an index folder lost or copied from elsewhere, leaves them apart: then the
 * generation that every write records in both differs, and the index is rebuilt from the store. Only a store
 * written before generations were recorded is checked by counting its texts, which reads every literal: seconds
 * at every opening of a store the size of the General Assembly record.
 */
final class IndexConsistency {
    private static final Logger LOG = LoggerFactory.getLogger(IndexConsistency.class);

    private IndexConsistency() {}

    /** Whether the index was committed with the store's last write (or, for a store without generations, holds one entry per text). */
    static boolean inStep(Store store) {
        String generation = store.generation();
        if (generation != null) return generation.equals(store.searchIndex().generation());
        return store.searchIndex().entries() == texts(store.dataset());
    }

    static void repair(Store store) {
        if (inStep(store)) return;
        LOG.warn("search index out of step with the store ({} entries for {} texts, or not from its last write): rebuilding it",
                store.searchIndex().entries(), texts(store.dataset()));
        DatasetGraph dsg = store.dataset();
        String generation = store.generation();
        Txn.executeWrite(dsg, () -> fill(dsg, store.searchIndex(), generation));
    }

    /** Writes the index of a bulk build's new database again from the database, outside any transaction, and commits it. */
    static void rebuild(DatasetGraph database, SearchIndex index, String generation) {
        Txn.executeRead(database, () -> fill(database, index, generation));
        index.commit();
    }

    private static void fill(DatasetGraph dsg, SearchIndex index, String generation) {
        index.clear();
        if (generation != null) index.stamp(generation);
        for (Node p : SearchIndex.INDEXED) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (SearchIndex.indexed(q)) index.add(q);
            });
        }
    }

    static long texts(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Node p : SearchIndex.INDEXED) {
                var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    if (SearchIndex.indexed(it.next())) n++;
                }
            }
            return n;
        });
    }
}
