package bg.integra.rest.common;

import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import bg.integra.web.common.HttpValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Public answers with an ETag of their JSON: a client that sends it back in {@code If-None-Match} gets
 * {@code 304 Not Modified} and no body. The JSON of an address is kept in memory ({@link Caches#answers()}) with
 * the tags the resource names for it, until a committed change touches one of them, so repeated reads do not query
 * the database; and for no longer than the minute that clients are told they may keep it: some answers change with
 * the clock (an event's registration closes when it starts, upcoming events become past ones).
 */
@ApplicationScoped
public class Cacheable {

    private static final Jsonb JSONB = JsonbBuilder.create();
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final CacheControl CACHE_CONTROL = CacheControl.valueOf("public, max-age=" + MAX_AGE.toSeconds());

    @Inject
    private Caches caches;

    private record Answer(String json, EntityTag tag) {
    }

    /**
     * Answers the DTO that {@code read} makes, or the one kept for this address if nothing it shows ({@code tags},
     * see {@code change.Tags}) has changed since. Call it after the parameters are checked, so that only valid
     * addresses are kept.
     */
    public Response ok(Request request, UriInfo uri, Set<String> tags, Supplier<Object> read) {
        String key = uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        Instant now = Instant.now();
        Answer answer;
        try {
            answer = (Answer) caches.answers().obtain(key, now, () -> {
                String json = JSONB.toJson(read.get());
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                return TaggedCache.Rendered.kept(new Answer(json, new EntityTag(HttpValidation.opaqueTag(bytes))), tags, now.plus(MAX_AGE),
                        2L * json.length() + 100);
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(answer.tag());
        if (notModified != null) {
            return notModified.cacheControl(CACHE_CONTROL).tag(answer.tag()).build();
        }
        return Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(answer.tag()).cacheControl(CACHE_CONTROL).build();
    }
}
