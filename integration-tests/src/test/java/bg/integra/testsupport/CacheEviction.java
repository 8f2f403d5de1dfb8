package bg.integra.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * POST /test-support/evict-cache empties EclipseLink's shared cache, so that a client-side test can read its
 * seeded records the way the first request after a server restart does: from the database. Answers 204.
 */
@ApplicationScoped
public class CacheEviction implements Seed {

    @PersistenceUnit(unitName = "integra")
    private EntityManagerFactory emf;

    @Override
    public String path() {
        return "evict-cache";
    }

    @Override
    public JsonObject post(Params params) {
        emf.getCache().evictAll();
        return null;
    }
}
