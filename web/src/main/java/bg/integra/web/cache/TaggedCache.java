package bg.integra.web.cache;

import bg.integra.change.DataChanged;
import bg.integra.change.Tags;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered pages or answers kept in memory by address, each with the {@link Tags} of what it shows. A committed
 * change ({@link DataChanged}) drops the entries that share a tag with it. Bounded by entries and by bytes: at a
 * limit the oldest entries go, not all of them.
 * <p>
 * Concurrent misses of one address wait for a single render ({@link #obtain}), for at most {@link #maxWait}
 * milliseconds; a waiter gets the render's result only if it could be kept (nothing it shows changed since it
 * began), else it renders for itself, so nobody is handed a page older than their request.
 */
public final class TaggedCache<V> {

    /** How many recent changes are remembered for the check of a finished render. */
    private static final int RECENT = 256;

    /** What a render produced: a value to keep and share, or only one caller's answer ({@code keep} false). */
    public record Rendered<V>(V value, Set<String> tags, Instant expires, long bytes, boolean keep) {

        public static <V> Rendered<V> kept(V value, Set<String> tags, Instant expires, long bytes) {
            return new Rendered<>(value, tags == null || tags.isEmpty() ? Set.of(Tags.EVERYTHING) : Set.copyOf(tags),
                    expires, bytes, true);
        }

        public static <V> Rendered<V> notKept(V value) {
            return new Rendered<>(value, Set.of(), Instant.MIN, 0, false);
        }
    }

    /** A render, which may fail with the servlet's checked exceptions. */
    @FunctionalInterface
    public interface Render<V> {
        Rendered<V> render() throws Exception;
    }

    private record Entry<V>(V value, Set<String> tags, Instant expires, long bytes, long serial) {
    }

    /** A change as the check of a finished render needs it: when it arrived and what it touched. */
    private record Recent(long sequence, Set<String> tags, boolean everything) {
    }

    private final String name;
    private final int maxEntries;
    private final long maxBytes;
    private final long maxWait;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    /** The same entries in the order they were stored, for eviction; guarded by {@code this}, like {@link #bytes}. */
    private final LinkedHashMap<String, Entry<V>> order = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Entry<V>>> inFlight = new ConcurrentHashMap<>();
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong serials = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();
    private long bytes;

    public TaggedCache(String name, int maxEntries, long maxBytes, long maxWaitMillis) {
        this.name = name;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxWait = maxWaitMillis;
    }

    /** The kept value of {@code key}, or null. */
    public V get(String key, Instant now) {
        Entry<V> e = entries.get(key);
        return e != null && now.isBefore(e.expires()) ? e.value() : null;
    }

    /**
     * The kept value of {@code key}, else the one {@code render} makes: by this caller, or by a concurrent one
     * whose render this caller waits for. {@code key} null: rendered every time, never kept.
     */
    public V obtain(String key, Instant now, Render<V> render) throws Exception {
        if (key == null) return render.render().value();
        V kept = get(key, now);
        if (kept != null) return kept;
        CompletableFuture<Entry<V>> mine = new CompletableFuture<>();
        CompletableFuture<Entry<V>> other = inFlight.putIfAbsent(key, mine);
        if (other != null) {
            Entry<V> shared = await(other);
            return shared != null ? shared.value() : renderAndKeep(key, render).value();
        }
        Entry<V> stored = null;
        try {
            Rendered<V> rendered = renderAndKeep(key, render);
            stored = rendered.keep() ? entries.get(key) : null;
            if (stored != null && stored.value() != rendered.value()) stored = null;
            return rendered.value();
        } finally {
            inFlight.remove(key, mine);
            mine.complete(stored);
        }
    }

    private Entry<V> await(CompletableFuture<Entry<V>> render) {
        try {
            return render.get(maxWait, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Rendered<V> renderAndKeep(String key, Render<V> render) throws Exception {
        long began = sequence.get();
        renders.incrementAndGet();
        Rendered<V> rendered = render.render();
        if (rendered.keep()) put(key, rendered, began);
        return rendered;
    }

    /** Keeps what was rendered from the data as it was at {@code began}, unless a change it shows came since. */
    void put(String key, Rendered<V> rendered, long began) {
        if (rendered.bytes() > maxBytes / 4) return; // one huge answer must not push everything else out
        Entry<V> entry = new Entry<>(rendered.value(), rendered.tags(), rendered.expires(), rendered.bytes(),
                serials.incrementAndGet());
        synchronized (this) {
            if (changedSince(began, entry.tags())) return;
            Entry<V> old = order.remove(key);
            if (old != null) bytes -= old.bytes();
            order.put(key, entry);
            entries.put(key, entry);
            bytes += entry.bytes();
            Iterator<Map.Entry<String, Entry<V>>> oldest = order.entrySet().iterator();
            while ((order.size() > maxEntries || bytes > maxBytes) && oldest.hasNext()) {
                Map.Entry<String, Entry<V>> e = oldest.next();
                oldest.remove();
                entries.remove(e.getKey(), e.getValue());
                bytes -= e.getValue().bytes();
            }
        }
    }

    private boolean changedSince(long began, Set<String> tags) {
        if (sequence.get() == began) return false;
        Recent first = recent.peekFirst();
        if (first == null || first.sequence() > began + 1) return true; // older than what is remembered
        for (Recent change : recent) {
            if (change.sequence() > began && touches(change, tags)) return true;
        }
        return false;
    }

    private static boolean touches(Recent change, Set<String> tags) {
        if (change.everything() || tags.contains(Tags.EVERYTHING)) return true;
        for (String tag : change.tags()) {
            if (tags.contains(tag)) return true;
        }
        return false;
    }

    /** Drops what the committed change touched; a render still running when it arrives is not kept. */
    public void changed(DataChanged change) {
        Set<String> tags = change.tags();
        boolean everything = change.touchesEverything();
        synchronized (this) {
            Recent r = new Recent(sequence.incrementAndGet(), tags, everything);
            recent.addLast(r);
            if (recent.size() > RECENT) recent.removeFirst();
            Iterator<Map.Entry<String, Entry<V>>> all = order.entrySet().iterator();
            while (all.hasNext()) {
                Map.Entry<String, Entry<V>> e = all.next();
                if (touches(r, e.getValue().tags())) {
                    all.remove();
                    entries.remove(e.getKey(), e.getValue());
                    bytes -= e.getValue().bytes();
                }
            }
        }
    }

    /** The serial number of the kept render of {@code key} (a new one each time it is rendered again), or -1. */
    public long serial(String key) {
        Entry<V> e = entries.get(key);
        return e == null ? -1 : e.serial();
    }

    /** The addresses kept now. */
    public Set<String> keys() { return Set.copyOf(entries.keySet()); }
    public String name() { return name; }
    public int maxEntries() { return maxEntries; }
    public long maxBytes() { return maxBytes; }
    public int size() { return entries.size(); }
    public synchronized long bytes() { return bytes; }
    /** Renders since start, kept or not (a hit is not one). */
    public long renders() { return renders.get(); }
}
