package bg.integra.it.banner;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's electronic banner (/banner/{id}) that partner sites frame, and the anti-framing everywhere else. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BannerIT {

    private final Http http = new Http();

    private static long id(JsonObject seeded) {
        return seeded.getJsonNumber("id").longValue();
    }

    private HttpResponse<String> banner(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), () -> path + " → " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r;
    }

    @Test
    void theBannerShowsTheEmblemTheProjectTheFundingStatementAndLinksBack() {
        String tag = Seeding.tag();
        long id = id(Seeding.project(http, "Банер " + tag, "Banner " + tag, "HASKOVO", "RUNNING"));
        String html = banner("/banner/" + id).body();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"bg\" dir=\"ltr\">"), html);
        assertTrue(html.contains("src=\"/static/eu-flag.svg\" alt=\"" + Bundles.text("bg", "publicity.emblemAlt") + "\""), html);
        assertTrue(html.contains("<a href=\"/projects/" + id + "\" target=\"_blank\" rel=\"noopener\">Банер " + tag + "</a>"), html);
        assertTrue(html.contains(Bundles.text("bg", "publicity.funding")), html);
        assertTrue(html.contains("<style>"), "the style is inline: one request");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no stylesheet to fetch");
        assertTrue(html.length() < 4_000, "tiny: " + html.length());
        assertEquals(200, http.get("/projects/" + id).statusCode(), "the link leads to the project's page");
        assertEquals(200, http.get("/static/eu-flag.svg").statusCode(), "the emblem is there");
    }

    @Test
    void theBannerSpeaksThePortalsLanguages() {
        String tag = Seeding.tag();
        long id = id(Seeding.project(http, "Банер " + tag, "Banner " + tag, "HASKOVO", "RUNNING"));
        String english = banner("/banner/" + id + "?lang=en").body();
        assertTrue(english.contains("<html lang=\"en\" dir=\"ltr\">"), english);
        assertTrue(english.contains("<a href=\"/projects/" + id + "?lang=en\" target=\"_blank\" rel=\"noopener\">Banner " + tag + "</a>"), english);
        assertTrue(english.contains(Bundles.text("en", "publicity.funding")), english);

        // no Arabic title: the English one, marked as English inside a right-to-left banner
        String arabic = banner("/banner/" + id + "?lang=ar").body();
        assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), arabic);
        assertTrue(arabic.contains("rel=\"noopener\" lang=\"en\" dir=\"ltr\">Banner " + tag + "</a>"), arabic);
        assertTrue(arabic.contains(Bundles.text("ar", "publicity.funding")), arabic);
        assertTrue(banner("/banner/" + id + "?lang=xx").body().contains("<html lang=\"bg\""));
    }

    @Test
    void onlyTheBannerMayBeFramedByOtherSites() {
        long id = id(Seeding.project(http, "Рамка " + Seeding.tag(), null, "PLOVDIV", "RUNNING"));
        HttpResponse<String> banner = banner("/banner/" + id);
        String csp = banner.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP"));
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertFalse(csp.contains("script-src"), "no script allowed: " + csp);
        assertTrue(banner.headers().firstValue("X-Frame-Options").isEmpty(), "no X-Frame-Options on the banner");
        assertEquals("nosniff", banner.headers().firstValue("X-Content-Type-Options").orElse(null));

        for (String path : List.of("/", "/projects/" + id, "/search?q=x", "/feed.xml", "/forum", "/login.xhtml",
                "/projects/abc", "/bannerx/" + id, "/banner/../projects/" + id)) {
            HttpResponse<String> r = http.get(path);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'self'"), path + ": " + policy);
            assertFalse(policy.contains("frame-ancestors *"), path);
        }
    }

    @Test
    void aBannerIsRevalidatedWithItsETag() {
        long id = id(Seeding.project(http, "Етикет " + Seeding.tag(), null, "PLOVDIV", "RUNNING"));
        HttpResponse<String> first = banner("/banner/" + id);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("public"));
        HttpResponse<String> again = http.get("/banner/" + id, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, http.get("/banner/" + id + "?lang=en", "If-None-Match", etag).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/banner/999999999", "/banner/abc", "/banner/", "/banner/1/extra", "/banner/99999999999999999999",
            "/banner/-1", "/banner/999999999?lang=ar"})
    void anUnknownProjectHasNoBanner(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(404, r.statusCode(), path);
        String lang = path.endsWith("ar") ? "ar" : "bg";
        assertTrue(r.body().contains(Bundles.text(lang, "banner.notFound")), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        assertTrue(r.headers().firstValue("ETag").isEmpty(), "a missing banner is not kept");
    }
}
