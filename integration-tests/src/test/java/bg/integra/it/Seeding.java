package bg.integra.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Client-side helpers to seed single projects (POST /test-support/project, see testsupport.ProjectSeed). */
public final class Seeding {

    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщюя";
    private static final String LATIN = "abcdefghijkmnopqrstuvwxyz";

    private Seeding() {
    }

    /** A lower-case Latin tag no other test uses, e.g. "qz7kdmwe4r". */
    public static String tag() {
        return random(LATIN, 6) + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** A lower-case Cyrillic tag no other test uses. */
    public static String cyrillicTag() {
        return random(CYRILLIC, 10);
    }

    private static String random(String alphabet, int length) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Creates a project; answers id, contractNumber, fundingScheme and beneficiaryId. */
    public static JsonObject project(Http http, String titleBg, String titleEn, String region, String status,
                              int target, int achieved) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("titleBg", titleBg);
        if (titleEn != null) form.put("titleEn", titleEn);
        form.put("region", region);
        form.put("status", status);
        form.put("target", String.valueOf(target));
        form.put("achieved", String.valueOf(achieved));
        HttpResponse<String> r = http.postForm("/test-support/project", form);
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    /** Empties the server's shared JPA cache: the next reads come from the database, as after a restart. */
    public static void evictCache(Http http) {
        HttpResponse<String> r = http.postForm("/test-support/evict-cache", Map.of());
        if (r.statusCode() != 204) throw new IllegalStateException("Evicting failed: " + r.statusCode() + " " + r.body());
    }

    public static JsonObject project(Http http, String titleBg, String titleEn, String region, String status) {
        return project(http, titleBg, titleEn, region, status, 4, 1);
    }
}
