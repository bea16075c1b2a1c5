package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class QueryGateTest {
    @Test
    void queryBeyondTheSizeWaitsForAPlace() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofSeconds(30));
        Occupant first = Occupant.take(gate);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> "second"));
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second query ran while the only place was taken");
        first.leave();
        assertEquals("second", second.get(30, TimeUnit.SECONDS));
    }

    @Test
    void queryWaitingPastTheLongestWaitIsTurnedAway() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(200));
        Occupant first = Occupant.take(gate);
        QueryGate.BusyException e = assertThrows(QueryGate.BusyException.class, () -> gate.run(() -> "second"));
        assertEquals("The server is busy: 1 queries are running and more wait; none finished within 200 ms. Try again later", e.getMessage());
        first.leave();
    }

    /** A query that holds a place in the gate until told to finish. */
    private record Occupant(CountDownLatch finish, CompletableFuture<String> answer) {
        static Occupant take(QueryGate gate) throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> gate.run(() -> {
                started.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            started.await();
            return new Occupant(finish, answer);
        }

        void leave() throws Exception {
            finish.countDown();
            assertEquals("first", answer.get(30, TimeUnit.SECONDS));
        }
    }
}
