package bg.integra.it.portal;

import bg.integra.it.Bundles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue of page types itself: addresses, the filter, and markers that tell a page from the 404 page. */
class PortalPagesTest {

    private static final JsonObject SEED = Json.createObjectBuilder()
            .add("tag", "c-abc123").add("projectId", 7).add("article", "novina-c-abc123-x1")
            .add("upcomingEvent", "seminar-c-abc123-x2").add("resource", "spravochnik-c-abc123-x3")
            .add("info", "prebivavane-c-abc123-x4")
            .add("network", Json.createObjectBuilder().add("tag", "net-abc").add("slug", "net-abc")
                    .add("city", "Тестоград net-abc"))
            .add("knowledge", Json.createObjectBuilder().add("tag", "kb-abc")
                    .add("practices", Json.createObjectBuilder().add("older", 50))
                    .add("cases", Json.createObjectBuilder().add("school", 100))
                    .add("measures", Json.createObjectBuilder().add("adopted", 150))
                    .add("initiatives", Json.createObjectBuilder().add("soon", 200)))
            .add("forum", Json.createObjectBuilder().add("tag", "fc-abc").add("categorySlug", "fc-abc")
                    .add("topicPath", "tema-za-testa-fc-abc-9").add("memberHandle", "member-fc-abc"))
            .add("training", Json.createObjectBuilder().add("tag", "trn-abc").add("slug", "trn-abc")
                    .add("lessons", Json.createArrayBuilder().add(60).add(61)).add("learnerId", 70))
            .add("certificate", Json.createObjectBuilder().add("code", "K7QM-2W4D-TR8X")).build();

    private static final String NOT_FOUND_BG = "<main id=\"content\"><h1>" + Bundles.text("bg", "error.notFound.title")
            + "</h1><p><a href=\"/\">home</a></p></main>";

    @AfterEach
    void clearFilter() {
        System.clearProperty("portal.pages");
    }

    @Test
    void thirtyFourTypesEachWithItsOwnAddress() {
        List<String> names = PortalPages.all().stream().map(PortalPages.PageType::name).toList();
        assertEquals(List.of("home", "project", "news", "article", "events", "event", "register", "resources", "resource", "info",
                "topic", "search", "network", "network-member", "practices", "practice", "cases", "case", "measures", "measure",
                "initiatives", "initiative", "open-data", "forum", "forum-category", "forum-topic", "forum-member", "training", "training-course", "training-lesson", "certificate", "account-sign-up", "account-sign-in", "not-found"), names);
        List<String> paths = PortalPages.all().stream().map(t -> PortalPages.page(t, SEED, "bg").path()).toList();
        assertEquals(paths.size(), paths.stream().distinct().count(), "two types share an address: " + paths);
    }

    @Test
    void onlyTheLessonIsFetchedInALearnersSession() {
        PortalPages.Page lesson = PortalPages.page(PortalPages.any("training-lesson"), SEED, "ar");
        assertEquals("/training/trn-abc/lessons/61?lang=ar", lesson.path());
        assertEquals(70L, lesson.signedInAs());
        assertTrue(PortalPages.all().stream().filter(t -> !t.name().equals("training-lesson"))
                .allMatch(t -> PortalPages.page(t, SEED, "bg").signedInAs() == null));
    }

    @Test
    void theLanguageIsInTheAddressUnlessItIsBulgarian() {
        assertEquals("/news/novina-c-abc123-x1", PortalPages.page(PortalPages.any("article"), SEED, "bg").path());
        assertEquals("/news/novina-c-abc123-x1?lang=ar", PortalPages.page(PortalPages.any("article"), SEED, "ar").path());
        assertEquals("/search?q=c-abc123&lang=ar", PortalPages.page(PortalPages.any("search"), SEED, "ar").path());
    }

    @Test
    void theFilterNarrowsTheCatalogueAndRefusesUnknownNames() {
        assertEquals(34, PortalPages.selected().size());
        System.setProperty("portal.pages", " home, not-found ");
        assertEquals(List.of("home", "not-found"), PortalPages.selected().stream().map(PortalPages.PageType::name).toList());
        assertEquals(4, PortalPages.typesAndLanguages().count());
        System.setProperty("portal.pages", "home,artcle");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, PortalPages::selected);
        assertTrue(e.getMessage().contains("artcle"), e.getMessage());
    }

    @Test
    void theNotFoundPageIsNoneOfTheOtherTypes() {
        for (PortalPages.PageType type : PortalPages.all()) {
            PortalPages.Page page = PortalPages.page(type, SEED, "bg");
            if (type.name().equals("not-found")) {
                assertDoesNotThrow(() -> page.assertIsItself(404, NOT_FOUND_BG));
            } else {
                // neither its status nor its HTML would pass for the page
                assertThrows(AssertionError.class, () -> page.assertIsItself(404, NOT_FOUND_BG), type.name());
                assertThrows(AssertionError.class, () -> page.assertIsItself(type.status(), NOT_FOUND_BG), type.name());
            }
        }
    }

    @Test
    void markersMatchThePagesTheyStandFor() {
        assertDoesNotThrow(() -> PortalPages.page(PortalPages.any("article"), SEED, "ar")
                .assertIsItself(200, "<h1 lang=\"en\" dir=\"ltr\">News c-abc123</h1>"));
        assertDoesNotThrow(() -> PortalPages.page(PortalPages.any("project"), SEED, "bg")
                .assertIsItself(200, "<h1><span lang=\"en\">Project c-abc123</span></h1>"));
        assertDoesNotThrow(() -> PortalPages.page(PortalPages.any("news"), SEED, "ar")
                .assertIsItself(200, "<a href=\"/news/some-item?lang=ar\">x</a>"));
        assertDoesNotThrow(() -> PortalPages.page(PortalPages.any("search"), SEED, "bg")
                .assertIsItself(200, "<a href=\"/news/novina-c-abc123-x1\">x</a>"));
        // a list that links only to itself, or a search without the seeded article, is not that page
        assertThrows(AssertionError.class, () -> PortalPages.page(PortalPages.any("news"), SEED, "bg")
                .assertIsItself(200, "<a href=\"/news/\">x</a><a href=\"/news?page=2\">2</a>"));
        assertThrows(AssertionError.class, () -> PortalPages.page(PortalPages.any("search"), SEED, "bg")
                .assertIsItself(200, "<a href=\"/news/novina-other\">x</a>"));
        // the home page's title in another language is not the home page in this one
        assertThrows(AssertionError.class, () -> PortalPages.page(PortalPages.any("home"), SEED, "ar")
                .assertIsItself(200, "<h1>" + Bundles.text("bg", "home.title") + "</h1>"));
    }
}
