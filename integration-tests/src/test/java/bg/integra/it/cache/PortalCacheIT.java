package bg.integra.it.cache;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Registrations;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal keeps rendered pages in memory; a change saved in the back-office must show at once, also when the
 * change is only to a translation (a row of a child table, not of the project itself).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalCacheIT {

    private final Http visitor = new Http();

    @Test
    void aSavedTranslationShowsOnTheNextViewOfACachedPage() {
        JsonObject seeded = visitor.seed();
        int id = seeded.getInt("projectId");
        String tag = seeded.getString("tag");
        String path = "/projects/" + id + "?lang=en";

        HttpResponse<String> first = visitor.get(path);
        HttpResponse<String> second = visitor.get(path);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Project " + tag), first::body);
        assertEquals(first.body(), second.body(), "the same page, from memory");
        String before = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(before, second.headers().firstValue("ETag").orElseThrow());

        BackOffice admin = new BackOffice().signInAsAdmin();
        BackOffice.Form form = BackOffice.Form.parse(admin.get("/admin/projects/edit.xhtml?id=" + id).body(), "form");
        String renamed = "Renamed " + tag;
        HttpResponse<String> saved = form.set("form:title_en", renamed).submit(admin.http(), form.button(":save"));
        assertTrue(BackOffice.isRedirect(saved), "saved: " + saved.statusCode() + "\n" + saved.body());

        HttpResponse<String> after = visitor.get(path, "If-None-Match", before);
        assertEquals(200, after.statusCode(), "the old tag no longer matches");
        assertTrue(after.body().contains(renamed), after::body);
        assertFalse(after.body().contains(">Project " + tag + "<"), "the old title is gone");
        assertNotEquals(before, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, visitor.get(path, "If-None-Match", after.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void anAddressWithOtherParametersIsRenderedForItself() {
        HttpResponse<String> r = visitor.get("/?utm_source=leaflet");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/?utm_source=leaflet&amp;lang=en\""), "the language switch keeps the address: " + r.body());
        assertFalse(visitor.get("/").body().contains("utm_source"), "and it does not leak into the plain home page");
    }

    @Test
    void aCachedEventPageStopsOfferingRegistrationWhenTheEventStarts() throws InterruptedException {
        JsonObject event = Registrations.event(visitor, Map.of("startsInSeconds", "3"));
        String path = "/events/" + event.getString("slug");
        long starts = System.currentTimeMillis() + 3_000;

        HttpResponse<String> before = visitor.get(path);
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("id=\"register-link\""), "registration is open");
        HttpResponse<String> again = visitor.get(path);
        assertEquals(before.headers().firstValue("ETag").orElseThrow(), again.headers().firstValue("ETag").orElseThrow(),
                "kept while nothing changes");

        Thread.sleep(Math.max(0, starts - System.currentTimeMillis()) + 1_000);
        HttpResponse<String> after = visitor.get(path);
        assertFalse(after.body().contains("id=\"register-link\""), "no registration once the event has started");
        assertTrue(BackOffice.text(after.body()).contains(Bundles.text("bg", "regForm.event.closed")));
        assertFalse(visitor.getJson("/api/v1/events/" + event.getJsonNumber("id").longValue())
                .getJsonObject("registration").getBoolean("open"), "the API says so too");
    }
}
