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
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        started.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> "second"));
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second query ran while the only place was taken");
        finish.countDown();
        assertEquals("first", first.get(30, TimeUnit.SECONDS));
        assertEquals("second", second.get(30, TimeUnit.SECONDS));
    }

    @Test
    void queryWaitingPastTheLongestWaitIsTurnedAway() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        started.await();
        QueryGate.BusyException e = assertThrows(QueryGate.BusyException.class, () -> gate.run(() -> "second"));
        assertEquals("The server is busy: 1 queries are running and more wait; none finished within 200 ms. Try again later", e.getMessage());
        finish.countDown();
        assertEquals("first", first.get(30, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
