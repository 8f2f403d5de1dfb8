package bg.integra.common;

import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The row counts of the paged lists, kept until a transaction that wrote something commits ({@link #changed}, called
 * by {@link CountsObserver} on every {@code change.DataChanged}) and for at most a minute. A page of a list is one indexed read, but its count reads every matching row: at a million rows that is
 * the dearest part of a list, and it is the same for every visitor between two writes. A time parameter (upcoming
 * events: "from now on") is compared to the minute, so the pager may lag the clock by that much, never the rows.
 */
public final class Counts {

    static final int MAX_ENTRIES = 2_000;
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final Map<String, Kept> COUNTS = new ConcurrentHashMap<>();
    /** The figures being read now, by data version and key: one reading each, the others wait for it. */
    private static final Map<String, CompletableFuture<Optional<?>>> READING = new ConcurrentHashMap<>();
    /** Moves with every committed write: a count is kept only against the version it was read at. */
    private static final AtomicLong VERSION = new AtomicLong();

    private record Kept(Optional<?> value, long version, Instant expires) {
    }

    private Counts() {
    }

    /** The count that {@code query} (the JPQL {@code jpql} with {@code parameters} set) answers, or the one kept. */
    public static long of(String jpql, Map<String, ?> parameters, TypedQuery<Long> query) {
        return of(jpql + ' ' + key(parameters), query::getSingleResult);
    }

    static long of(String key, Supplier<Long> count) {
        return kept(key, count).orElseThrow();
    }

    /**
     * Another figure of a list that, like its count, is the same for every visitor between two writes (the earliest
     * start of an upcoming event, say): {@code figure}'s answer under {@code key}, or the one kept; empty for null.
     * Requests that miss the same figure at once wait for one reading of it rather than each running the query (at a
     * million rows a count takes a tenth of a second, and a page's visitors all miss it when the minute turns).
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> kept(String key, Supplier<T> figure) {
        long version = VERSION.get();
        Instant now = Instant.now();
        Kept kept = COUNTS.get(key);
        if (kept != null && kept.version() == version && now.isBefore(kept.expires())) return (Optional<T>) kept.value();
        String reading = version + " " + key;
        CompletableFuture<Optional<?>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<?>> running = READING.putIfAbsent(reading, mine);
        if (running != null) return (Optional<T>) awaited(running);
        try {
            Optional<T> value = Optional.ofNullable(figure.get());
            if (VERSION.get() == version) { // nothing changed while reading
                if (COUNTS.size() >= MAX_ENTRIES) COUNTS.clear();
                COUNTS.put(key, new Kept(value, version, now.plus(MAX_AGE)));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            READING.remove(reading, mine);
        }
    }

    private static Optional<?> awaited(CompletableFuture<Optional<?>> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** Any committed write: every kept count may be out of date (a count depends on rows of any kind). */
    static void changed() {
        VERSION.incrementAndGet();
        COUNTS.clear();
    }

    private static String key(Map<String, ?> parameters) {
        Map<String, Object> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> sorted.put(name,
                value instanceof LocalDateTime t ? t.truncatedTo(ChronoUnit.MINUTES) : value));
        return sorted.toString();
    }
}
