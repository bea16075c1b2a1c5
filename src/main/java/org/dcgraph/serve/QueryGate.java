package org.dcgraph.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a few queries run at once and makes the others wait their turn, in order of arrival, for a bounded time.
 * <p>
 * Queries are CPU work. Run all at once, 64 clients on 2 cores each get 1/32 of a core, and a query that takes 300 ms
 * alone runs past the 10 s limit: everyone gets a timeout. Run a few at a time, each finishes in about its own time,
 * and the rest wait in line; the time limit starts only when a query runs (ARQ starts it with the execution). Requests
 * that run no query, {@code /$/ping} among them, never wait here.
 */
final class QueryGate {
    private final Semaphore running;
    private final Duration longestWait;
    private final int size;

    QueryGate(int size, Duration longestWait) {
        this.size = size;
        this.running = new Semaphore(size, true);
        this.longestWait = longestWait;
    }

    /** The query's answer, computed once a place is free; {@link BusyException} if none was within the wait. */
    <T> T run(Supplier<T> query) {
        try {
            if (!running.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS))
                throw new BusyException("The server is busy: " + size + " queries are running and more wait; none finished within "
                                        + longestWait.toMillis() + " ms. Try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("The server is stopping");
        }
        try {
            return query.get();
        } finally {
            running.release();
        }
    }

    /** No place was free in time: answered 503 with the message. */
    static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }
}
