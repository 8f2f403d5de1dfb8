package bg.integra.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small real HTTP client for the tests that talk to the server from outside, with its own cookie jar. */
public final class Http {

    private final HttpClient client;
    private final String baseUrl;

    public Http() {
        this(System.getProperty("integra.baseUrl", "http://localhost:28080"));
    }

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
        // HTTP/1.1 as browsers speak it on http://: Java's default (an h2c upgrade) meets a Grizzly fault in Payara
        // 6.2025.9 that now and then answers 431, or drops Content-Type when cleartext HTTP/2 is switched off.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    /** GET of a download (a PDF, a spreadsheet) as bytes, with this client's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a JSON resource that must answer 200 with application/json. */
    public JsonObject getJson(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError(path + " → " + r.statusCode() + " " + r.headers().firstValue("Content-Type") + " " + r.body());
        }
        return json(r);
    }

    /** The ids of the items of a page of the API. */
    public static java.util.List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Seeds two organisations, a project each and a coordinator of the first (POST /test-support/seed, see
     * testsupport.OrganisationsSeed).
     */
    public JsonObject seed() {
        HttpResponse<String> r = postForm("/test-support/seed", Map.of());
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return json(r);
    }

    /**
     * Seeds a project with one published item of every content kind and a draft (POST /test-support/content, see
     * testsupport.ContentSeed).
     */
    public JsonObject seedContent() {
        HttpResponse<String> r = postForm("/test-support/content", Map.of());
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return json(r);
    }
}
