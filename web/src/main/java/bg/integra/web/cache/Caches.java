package bg.integra.web.cache;

import bg.integra.change.DataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's caches of rendered output, and where committed changes reach them: the portal's pages and its
 * searches ({@code web.portal.PortalCacheFilter}), the Atom feed ({@code web.feed.FeedServlet}), the API's
 * answers ({@code rest.common.Cacheable}) and the open data files ({@code web.opendata.OpenData}). {@link DataChanged} is fired by {@code change.ChangeListener} after
 * the transaction has committed, so a rolled-back change drops nothing.
 */
@ApplicationScoped
public class Caches {

    private static final Logger LOG = Logger.getLogger(Caches.class.getName());
    private static final long MB = 1024 * 1024;
    /** How long a visitor waits for someone else's render of the same address before rendering it themself. */
    static final long MAX_WAIT_MILLIS = 3_000;

    private final TaggedCache<Object> pages = new TaggedCache<>("pages", 2_000, 32 * MB, MAX_WAIT_MILLIS);
    private final TaggedCache<Object> searches = new TaggedCache<>("searches", 500, 8 * MB, MAX_WAIT_MILLIS);
    private final TaggedCache<Object> feeds = new TaggedCache<>("feeds", 64, 2 * MB, MAX_WAIT_MILLIS);
    private final TaggedCache<Object> answers = new TaggedCache<>("answers", 2_000, 16 * MB, MAX_WAIT_MILLIS);
    /** Open data files, gzipped, per dataset and language; a generation at the network's scale takes seconds. */
    private final TaggedCache<Object> openData = new TaggedCache<>("open-data", 64, 128 * MB, 120_000);

    void changed(@Observes DataChanged change) {
        LOG.log(Level.FINE, "Dropping what {0} touched", change);
        for (TaggedCache<?> cache : all()) cache.changed(change);
    }

    public TaggedCache<Object> pages() { return pages; }
    public TaggedCache<Object> searches() { return searches; }
    public TaggedCache<Object> feeds() { return feeds; }
    public TaggedCache<Object> answers() { return answers; }
    public TaggedCache<Object> openData() { return openData; }

    public List<TaggedCache<?>> all() {
        return List.of(pages, searches, feeds, answers, openData);
    }
}
