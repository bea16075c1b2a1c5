package org.dcgraph.serve.linked;

import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.store.Store;

/**
 * A value derived from the whole store (counts, listings, statistics), computed once per generation of the store's
 * content (which a build and an ingest both renew) and kept until the next. Callers that arrive while it is computed
 * wait for that one computation rather than start their own: on a large store just after a start, the first
 * requests would otherwise each read the cold store in full.
 */
final class PerGeneration<T> {
    private record Kept<T>(String generation, T value) {}

    private final DatasetGraph dataset;
    private final Supplier<T> compute;
    private volatile Kept<T> kept;

    PerGeneration(DatasetGraph dataset, Supplier<T> compute) {
        this.dataset = dataset;
        this.compute = compute;
    }

    T get() {
        String current = Store.generationOf(dataset);
        Kept<T> now = kept;
        if (now != null && Objects.equals(now.generation(), current)) return now.value();
        synchronized (this) {
            now = kept;
            if (now == null || !Objects.equals(now.generation(), current)) {
                now = new Kept<>(current, compute.get()); // a failure keeps nothing: the next caller tries again
                kept = now;
            }
            return now.value();
        }
    }
}
