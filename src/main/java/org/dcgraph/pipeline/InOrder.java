package org.dcgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work done on every core and taken in its given order by one thread: a build's graphs are made beside the thread
 * that writes them to the bulk loader, the dump and the search index, which stay single-threaded and see the graphs in
 * the order a one-thread build sends them (the dump's bytes depend on it).
 */
final class InOrder {
    /** Items made ahead of the one taken, per core: enough to keep the cores busy, few enough to hold little memory. */
    private static final int AHEAD_PER_THREAD = 4;

    private InOrder() {}

    /**
     * Makes each item on a pool of as many threads as there are cores, and gives the results to {@code take} on the
     * calling thread in the items' order. A failure of either ends the run with that failure; nothing is left running.
     */
    static <T, R> void map(Collection<T> items, Function<T, R> make, Consumer<R> take) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads < 2 || items.size() < 2) {
            for (T item : items) take.accept(make.apply(item));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "graphs");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> ahead = new ArrayDeque<>();
            for (T item : items) {
                ahead.add(pool.submit(() -> make.apply(item)));
                if (ahead.size() >= threads * AHEAD_PER_THREAD) take.accept(result(ahead.poll()));
            }
            while (!ahead.isEmpty()) take.accept(result(ahead.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while graphs were made", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
