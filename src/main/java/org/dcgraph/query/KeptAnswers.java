package org.dcgraph.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The answers of the catalogue's kept queries ({@code # kept: yes}: the listings of the whole graph such as
 * {@code documents} and {@code sdgs}), each computed once for the store's current generation and then served from
 * memory. On the General Assembly record multiplied ten times each takes 5 to 15 s of a core, the same for every
 * caller, and its first run in a fresh process passes the 10 s a request is given (bench/RESULTS.md).
 * <p>
 * The answers are computed one at a time on a thread of their own, so that a request that runs out of time leaves
 * the computation going for the next one; two requests for the same answer share one computation. A write to the
 * store renews its generation, and the answers of the earlier one are let go when one of the new one is asked for.
 */
final class KeptAnswers implements AutoCloseable {
    /** An answer or a page of one: its columns and rows, detached from the store. */
    record Answer(List<Var> columns, List<Binding> rows) {}

    private static final Duration CLOSING_WAIT = Duration.ofSeconds(5);

    private final Supplier<String> generation;
    private final Function<NamedQuery, Answer> compute;
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final ExecutorService computing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dcgraph-kept-answers");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param generation the store's current generation, read at each request
     * @param compute    computes a query's whole answer, or throws (a time limit or the result cap reached)
     */
    KeptAnswers(Supplier<String> generation, Function<NamedQuery, Answer> compute) {
        this.generation = generation;
        this.compute = compute;
    }

    /**
     * The query's answer for the current generation: kept, being computed, or computed from now on. An answer too
     * large or too slow to keep stays known as such until the generation changes, so that it is not computed again
     * for every request; a computation that failed otherwise (stopped with the server) is started again when asked.
     */
    CompletableFuture<Answer> answer(NamedQuery query) {
        String current = generation.get() + " ";
        answers.keySet().removeIf(key -> !key.startsWith(current));
        String key = current + query.name();
        CompletableFuture<Answer> answer = answers.computeIfAbsent(key,
                k -> CompletableFuture.supplyAsync(() -> compute.apply(query), computing));
        answer.whenComplete((done, failure) -> {
            if (failure != null && !(failure.getCause() instanceof NamedQueryException)) answers.remove(key, answer);
        });
        return answer;
    }

    /** Starts computing the answers of the kept queries among these, so that the first requests find them ready. */
    void prepare(List<NamedQuery> queries) {
        queries.stream().filter(NamedQuery::kept).forEach(this::answer);
    }

    /**
     * Stops computing, and waits a little for a computation under way: it holds a read transaction, and the store
     * cannot close while one is open. A longer one ends at its own time limit.
     */
    @Override
    public void close() {
        computing.shutdownNow();
        try {
            computing.awaitTermination(CLOSING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
