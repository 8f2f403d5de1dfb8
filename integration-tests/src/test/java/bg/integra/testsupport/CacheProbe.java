package bg.integra.testsupport;

import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * GET /test-support/cache?cache=pages&amp;key=/events/x answers the serial number of the kept render of that
 * address (a new number each time it is rendered again; -1 when nothing is kept), so that a test can tell "served
 * from memory" from "rendered again with the same bytes". 404 for an unknown cache.
 */
@ApplicationScoped
public class CacheProbe implements Seed {

    @Inject
    private Caches caches;

    @Override
    public String path() {
        return "cache";
    }

    @Override
    public JsonObject get(Params params) {
        String name = params.optional("cache");
        TaggedCache<?> cache = caches.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new Params.Failure(404, "no cache " + name));
        return Json.createObjectBuilder()
                .add("serial", cache.serial(params.optional("key")))
                .add("size", cache.size())
                .add("renders", cache.renders())
                .add("keys", Json.createArrayBuilder(cache.keys().stream().sorted().limit(50).toList()))
                .build();
    }
}
