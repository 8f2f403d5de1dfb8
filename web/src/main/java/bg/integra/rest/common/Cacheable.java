package bg.integra.rest.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Public answers with an ETag of their JSON: a client that sends it back in {@code If-None-Match} gets
 * {@code 304 Not Modified} and no body.
 */
public final class Cacheable {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final CacheControl CACHE_CONTROL = CacheControl.valueOf("public, max-age=60");

    private Cacheable() {
    }

    public static Response ok(Request request, Object dto) {
        String json = JSONB.toJson(dto);
        EntityTag tag = new EntityTag(hash(json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(CACHE_CONTROL).tag(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).cacheControl(CACHE_CONTROL).build();
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
