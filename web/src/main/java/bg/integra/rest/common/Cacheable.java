package bg.integra.rest.common;

import bg.integra.common.DataVersion;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Public answers with an ETag of their JSON: a client that sends it back in {@code If-None-Match} gets
 * {@code 304 Not Modified} and no body. The JSON of an address is kept in memory until stored data changes
 * ({@link DataVersion}), so repeated reads do not query the database, and for no longer than the minute that
 * clients are told they may keep it: some answers change with the clock (an event's registration closes when it
 * starts, upcoming events become past ones).
 */
public final class Cacheable {

    static final int MAX_ENTRIES = 2_000;
    private static final Jsonb JSONB = JsonbBuilder.create();
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final CacheControl CACHE_CONTROL = CacheControl.valueOf("public, max-age=" + MAX_AGE.toSeconds());
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();

    /** The JSON of an address as it was at {@code version}, kept until {@code expires}. */
    private record Answer(String json, EntityTag tag, long version, Instant expires) {
    }

    private Cacheable() {
    }

    /**
     * Answers the DTO that {@code read} makes, or the one kept for this address if the data has not changed
     * since. Call it after the parameters are checked, so that only valid addresses are kept.
     */
    public static Response ok(Request request, UriInfo uri, Supplier<Object> read) {
        String key = uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        long version = DataVersion.current();
        Answer answer = ANSWERS.get(key);
        Instant now = Instant.now();
        if (answer == null || answer.version() != version || !now.isBefore(answer.expires())) {
            String json = JSONB.toJson(read.get());
            answer = new Answer(json, new EntityTag(hash(json)), version, now.plus(MAX_AGE));
            if (DataVersion.current() == version) { // nothing changed while reading
                if (ANSWERS.size() >= MAX_ENTRIES) ANSWERS.clear();
                ANSWERS.put(key, answer);
            }
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(answer.tag());
        if (notModified != null) {
            return notModified.cacheControl(CACHE_CONTROL).tag(answer.tag()).build();
        }
        return Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(answer.tag()).cacheControl(CACHE_CONTROL).build();
    }

    private static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
