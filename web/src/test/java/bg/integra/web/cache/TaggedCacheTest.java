package bg.integra.web.cache;

import bg.integra.change.Change;
import bg.integra.change.DataChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggedCacheTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);

    private final TaggedCache<String> cache = new TaggedCache<>("test", 3, 10_000, 5_000);

    private String obtain(String key, String value, String... tags) throws Exception {
        return cache.obtain(key, Instant.now(), () -> TaggedCache.Rendered.kept(value, Set.of(tags), LATER, 10));
    }

    private static DataChanged change(String... tags) {
        return new DataChanged(List.of(Change.of("test", 1L, tags)));
    }

    @Test
    void aChangeDropsOnlyTheEntriesThatShowWhatItTouched() throws Exception {
        obtain("/", "home", "news", "events");
        obtain("/events/a", "event a", "content:1");
        obtain("/events/b", "event b", "content:2");
        cache.changed(change("content:1", "project:5"));
        assertNull(cache.get("/events/a", Instant.now()));
        assertEquals("home", cache.get("/", Instant.now()));
        assertEquals("event b", cache.get("/events/b", Instant.now()));
        cache.changed(change("*"));
        assertEquals(0, cache.size(), "an unknown change drops everything");
    }

    @Test
    void aPageThatDeclaredNothingIsDroppedByAnyChange() throws Exception {
        cache.obtain("/odd", Instant.now(), () -> TaggedCache.Rendered.kept("odd", Set.of(), LATER, 10));
        cache.changed(change("content:99"));
        assertNull(cache.get("/odd", Instant.now()));
    }

    @Test
    void aRenderThatAChangeCrossedIsNotKept() throws Exception {
        cache.obtain("/", Instant.now(), () -> {
            cache.changed(change("news")); // committed while the page was being rendered from the old data
            return TaggedCache.Rendered.kept("old home", Set.of("news"), LATER, 10);
        });
        assertNull(cache.get("/", Instant.now()));
        cache.obtain("/events", Instant.now(), () -> {
            cache.changed(change("news"));
            return TaggedCache.Rendered.kept("events", Set.of("events"), LATER, 10);
        });
        assertEquals("events", cache.get("/events", Instant.now()), "a change it does not show does not matter");
    }

    @Test
    void atItsLimitTheOldestEntriesGoNotAll() throws Exception {
        for (int i = 0; i < 5; i++) obtain("/p" + i, "page " + i, "news");
        assertEquals(3, cache.size());
        assertNull(cache.get("/p0", Instant.now()));
        assertNull(cache.get("/p1", Instant.now()));
        assertEquals("page 4", cache.get("/p4", Instant.now()));
        TaggedCache<String> small = new TaggedCache<>("bytes", 100, 100, 1_000);
        for (int i = 0; i < 5; i++) {
            small.obtain("/p" + i, Instant.now(), () -> TaggedCache.Rendered.kept("x", Set.of("news"), LATER, 25));
        }
        assertEquals(4, small.size(), "bounded by bytes too");
        assertEquals(100, small.bytes());
    }

    @Test
    void concurrentMissesOfOneAddressWaitForASingleRender() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> cache.obtain("/", Instant.now(), () -> {
                    renders.incrementAndGet();
                    release.await(5, TimeUnit.SECONDS);
                    return TaggedCache.Rendered.kept("home", Set.of("news"), LATER, 10);
                })));
            }
            Thread.sleep(300); // let them all arrive
            release.countDown();
            for (Future<String> answer : answers) assertEquals("home", answer.get(10, TimeUnit.SECONDS));
            assertEquals(1, renders.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waitersOfARenderThatCouldNotBeKeptRenderForThemselves() throws Exception {
        CountDownLatch leaderStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> leader = pool.submit(() -> cache.obtain("/", Instant.now(), () -> {
                leaderStarted.countDown();
                release.await(5, TimeUnit.SECONDS);
                return TaggedCache.Rendered.kept("old home", Set.of("news"), LATER, 10);
            }));
            leaderStarted.await(5, TimeUnit.SECONDS);
            Future<String> waiter = pool.submit(() -> cache.obtain("/", Instant.now(),
                    () -> TaggedCache.Rendered.kept("new home", Set.of("news"), LATER, 10)));
            Thread.sleep(200);
            cache.changed(change("news")); // the leader's page is out of date before it is done
            release.countDown();
            assertEquals("old home", leader.get(5, TimeUnit.SECONDS), "the leader answers what it rendered");
            assertEquals("new home", waiter.get(5, TimeUnit.SECONDS), "the waiter is not handed the stale page");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitIsBounded() throws Exception {
        TaggedCache<String> impatient = new TaggedCache<>("impatient", 10, 10_000, 100);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            pool.submit(() -> impatient.obtain("/", Instant.now(), () -> {
                release.await(5, TimeUnit.SECONDS);
                return TaggedCache.Rendered.kept("slow", Set.of("news"), LATER, 10);
            }));
            Thread.sleep(100);
            long start = System.nanoTime();
            String own = impatient.obtain("/", Instant.now(), () -> TaggedCache.Rendered.kept("own", Set.of("news"), LATER, 10));
            assertEquals("own", own);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
            release.countDown();
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(-1, impatient.serial("/"));
    }
}
