package bg.integra.it.forum;

import bg.integra.it.Http;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of the forum's pages: anonymous, or signed in on the portal as one seeded account with its session. */
final class ForumVisitor {

    final Http http = new Http();
    private String formToken;

    /** A forum seed (POST /test-support/forum): a category, four accounts and a topic. */
    static JsonObject seed(Http http, int replies) {
        return seed(http, Map.of("replies", Integer.toString(replies)));
    }

    /** A seed whose topic has the latest post of the whole forum (see ForumSeed's {@code recent}). */
    static JsonObject seedRecent(Http http, int replies) {
        return seed(http, Map.of("replies", Integer.toString(replies), "recent", "true"));
    }

    private static JsonObject seed(Http http, Map<String, String> form) {
        HttpResponse<String> r = http.postForm("/test-support/forum", form);
        if (r.statusCode() != 200) throw new IllegalStateException("forum seed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    static ForumVisitor anonymous() {
        return new ForumVisitor();
    }

    /** Signs the account in on this client's session (POST /test-support/forum-session). */
    static ForumVisitor signedIn(JsonObject seed, String who) {
        ForumVisitor visitor = new ForumVisitor();
        long id = seed.getJsonNumber(who + "Id").longValue();
        HttpResponse<String> r = visitor.http.postForm("/test-support/forum-session", Map.of("account", Long.toString(id)));
        if (r.statusCode() != 200) throw new IllegalStateException("forum session: " + r.statusCode() + " " + r.body());
        visitor.formToken = Http.json(r).getString("formToken");
        return visitor;
    }

    String formToken() {
        return formToken;
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    /** POSTs a form with this session's token and the fields given (name, value, name, value …). */
    HttpResponse<String> post(String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("formToken", formToken);
        for (int i = 0; i < fields.length; i += 2) form.put(fields[i], fields[i + 1]);
        return http.postForm(path, form);
    }

    /** POSTs exactly the fields given, without a token. */
    HttpResponse<String> postWithout(String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) form.put(fields[i], fields[i + 1]);
        return http.postForm(path, form);
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + r.statusCode()
                + "\n" + r.body())).replaceFirst("^https?://[^/]+", "");
    }

    /** The HTML of post N on a topic page (its article element), or null when the page does not show it. */
    static String article(String html, int number) {
        Matcher m = Pattern.compile("<article id=\"p" + number + "\"[\\s\\S]*?</article>").matcher(html);
        return m.find() ? m.group() : null;
    }

    /** Waits out the forum's pause between two posts of one account (2 s on the test server). */
    static void pause() {
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
