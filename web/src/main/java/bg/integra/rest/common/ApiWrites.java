package bg.integra.rest.common;

import bg.integra.apitoken.ApiClient;
import bg.integra.apitoken.Idempotency;
import bg.integra.apitoken.IdempotentRequest;
import bg.integra.apitoken.Written;
import bg.integra.common.Sha256;
import bg.integra.rest.common.BearerClient;
import bg.integra.rest.common.InvalidParameterException;
import bg.integra.rest.common.PreconditionRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * What the API's write endpoints share (the directory's and the knowledge base's): the client the token stands for, the body read as JSON (at most
 * {@value #MAX_BODY} bytes), the {@code Idempotency-Key} with the hash of the request, the version in
 * {@code If-Match} and the answer's ETag. A record's ETag in a write's answer is its {@code version} (the field of
 * the read API's answer), quoted: {@code "3"}.
 */
@ApplicationScoped
public class ApiWrites {

    public static final int MAX_BODY = 64 * 1024;
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** Made when a body is first read, not when the class is loaded (its other helpers need no JSON-B provider). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Inject
    private BearerClient client;

    public ApiClient client() {
        return client.get();
    }

    /** The request's body as text, refused when larger than {@value #MAX_BODY} bytes. */
    public static String body(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a request record; not JSON of that shape is a 400 naming {@code body}. */
    public static <T> T parse(String json, Class<T> type) {
        T request = null;
        if (!json.isBlank()) {
            try {
                request = Json.JSONB.fromJson(json, type);
            } catch (JsonbException e) {
                request = null;
            }
        }
        if (request == null) throw new InvalidParameterException("body", "must be a JSON object of the documented shape");
        return request;
    }

    /** The key and the hash of this POST (address and body), or null without a key. */
    public static Idempotency idempotency(String key, String path, String body) {
        if (key == null) return null;
        String k = key.strip();
        if (k.isEmpty() || k.length() > IdempotentRequest.KEY_LENGTH) {
            throw new InvalidParameterException(IDEMPOTENCY_KEY, "must be 1 to " + IdempotentRequest.KEY_LENGTH + " characters");
        }
        return new Idempotency(k, Sha256.hex("POST " + path + "\n" + body));
    }

    /** The version in {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}; absent is 428, another form 400. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("Send If-Match with the record's version as read (its ETag, e.g. \"3\")");
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        try {
            long version = Long.parseLong(v);
            if (version < 0) throw new NumberFormatException();
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", "must be the record's version as its ETag, e.g. \"3\"");
        }
    }

    /** 201 with the new record's address, its ETag and the record as the read API shows it. */
    public static Response created(UriInfo uri, Written written, Object dto, long version) {
        URI address = uri.getAbsolutePathBuilder().path(Long.toString(written.id())).build();
        Response.ResponseBuilder answer = Response.created(address).tag(tag(version))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(dto);
        if (written.replayed()) answer.header(REPLAYED, "true");
        return answer.build();
    }

    /** 200 with the changed record's ETag and the record as the read API shows it. */
    public static Response changed(Object dto, long version) {
        return Response.ok(dto, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag(version)).build();
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
