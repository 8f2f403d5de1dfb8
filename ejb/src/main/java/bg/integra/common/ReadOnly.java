package bg.integra.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Map;

/**
 * Reads for pages that only show what they read (the portal, the public API). EclipseLink then hands out the
 * shared cache's objects instead of building a working copy of every row read, and comparing each copy with its
 * original before every further query and at commit, to find changes that a page never makes (issue 9's profile:
 * a third of a render's database time). What such a read returns is shared by all requests: never change it.
 * Not for entities kept out of the shared cache ({@code @Cacheable(false)}).
 */
public final class ReadOnly {

    /** EclipseLink's {@code QueryHints.READ_ONLY}, named here so that the services need no EclipseLink import. */
    public static final String HINT = "eclipselink.read-only";
    private static final Map<String, Object> FIND = Map.of(HINT, "true");

    private ReadOnly() {
    }

    public static <Q extends Query> Q query(Q query) {
        query.setHint(HINT, "true");
        return query;
    }

    public static <T> T find(EntityManager em, Class<T> type, Object id) {
        return em.find(type, id, FIND);
    }
}
