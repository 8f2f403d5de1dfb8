package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountsTest {

    @Test
    void aFigureIsReadOnceAndKeptUntilTheNextWrite() {
        AtomicInteger readings = new AtomicInteger();
        String key = "kept " + System.nanoTime();
        assertEquals(Optional.of(1), Counts.kept(key, readings::incrementAndGet));
        assertEquals(Optional.of(1), Counts.kept(key, readings::incrementAndGet), "kept");
        Counts.changed();
        assertEquals(Optional.of(2), Counts.kept(key, readings::incrementAndGet), "read again after a write");
        assertEquals(Optional.empty(), Counts.kept(key + " none", () -> null));
    }

    @Test
    void requestsThatMissTogetherWaitForOneReading() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        String key = "together " + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Integer>>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> Counts.kept(key, () -> {
                started.countDown();
                sleep(300);
                return readings.incrementAndGet();
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) answers.add(pool.submit(() -> Counts.kept(key, readings::incrementAndGet)));
            for (Future<Optional<Integer>> answer : answers) assertEquals(Optional.of(1), answer.get(5, TimeUnit.SECONDS));
            assertEquals(1, readings.get(), "one query for eight requests");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedReadingFailsTheRequestsThatWaitedForItAndIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        String key = "failing " + System.nanoTime();
        IllegalStateException failure = new IllegalStateException("the database is gone");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<Object>> first = pool.submit(() -> Counts.kept(key, () -> {
                started.countDown();
                sleep(300);
                throw failure;
            }));
            started.await(5, TimeUnit.SECONDS);
            Future<Optional<Object>> waiting = pool.submit(() -> Counts.kept(key, () -> "its own"));
            assertSame(failure, assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS)).getCause());
            Object second;
            try {
                second = waiting.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                second = e.getCause();
            }
            // it either joined the failed reading (and failed with it) or came after it and read for itself
            if (second instanceof Throwable t) assertSame(failure, t);
            else assertEquals(Optional.of("its own"), second);
            assertEquals(Optional.of(7), Counts.kept(key, () -> 7), "nothing was kept of the failure");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
