package bg.integra.web.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PortalCacheFilterTest {

    @Test
    void anAddressWithOnlyTheKnownParametersIsKept() {
        assertEquals("/", PortalCacheFilter.cacheKey("/", null));
        assertEquals("/projects/5?lang=en", PortalCacheFilter.cacheKey("/projects/5", "lang=en"));
        assertEquals("/?page=2&lang=en", PortalCacheFilter.cacheKey("/", "page=2&lang=en"));
        assertEquals("/project.xhtml?id=5", PortalCacheFilter.cacheKey("/project.xhtml", "id=5"));
    }

    @Test
    void theContentPagesAndTheirFiltersAreKept() {
        for (String path : new String[]{"/news", "/news/seminar-v-haskovo", "/events", "/events/forum", "/resources",
                "/resources/spravochnik", "/info", "/info/prebivavane", "/projects/5"}) {
            assertTrue(PortalCacheFilter.isPortalPage(path), path);
        }
        assertEquals("/events?when=past&region=HASKOVO&kind=SEMINAR&page=2",
                PortalCacheFilter.cacheKey("/events", "when=past&region=HASKOVO&kind=SEMINAR&page=2"));
        assertEquals("/resources?topic=WORK&language=ar&kind=HANDBOOK&project=3",
                PortalCacheFilter.cacheKey("/resources", "topic=WORK&language=ar&kind=HANDBOOK&project=3"));
    }

    @Test
    void otherAddressesAreNotPortalPages() {
        for (String path : new String[]{"/admin/index.xhtml", "/api/v1/projects", "/newsletter", "/media/1/x.jpg",
                "/searches", "/login.xhtml"}) {
            assertFalse(PortalCacheFilter.isPortalPage(path), path);
        }
    }

    @Test
    void theRegistrationFormAndItsResultAreNeverKept() {
        for (String path : new String[]{"/events/forum/register", "/events/forum/register/", "/events/forum/registered"}) {
            assertFalse(PortalCacheFilter.isPortalPage(path), path);
        }
        assertTrue(PortalCacheFilter.isPortalPage("/events/register"), "an event whose slug is 'register'");
    }

    @Test
    void thePortalAccountsPagesAreNeverKept() {
        for (String path : new String[]{"/account", "/account/", "/account/sign-in", "/account/sign-up",
                "/account/confirm/abc", "/account/reset/abc", "/account/stop-mails/abc", "/account/export",
                "/account/delete"}) {
            assertFalse(PortalCacheFilter.isPortalPage(path), path);
        }
    }

    @Test
    void theForumsReadingPagesAreKeptAndItsWritingPagesNever() {
        for (String path : new String[]{"/forum", "/forum/", "/forum/c/obshti", "/forum/t/tema-12"}) {
            assertTrue(PortalCacheFilter.isPortalPage(path), path);
        }
        assertEquals("/forum/c/obshti?order=top&page=2", PortalCacheFilter.cacheKey("/forum/c/obshti", "order=top&page=2"));
        assertEquals("/forum/t/tema-12?post=30", PortalCacheFilter.cacheKey("/forum/t/tema-12", "post=30"));
        assertNull(PortalCacheFilter.cacheKey("/forum/t/tema-12", "held=3"), "one writer's notice");
        for (String path : new String[]{"/forum/notifications", "/forum/c/obshti/new", "/forum/c/obshti/new/",
                "/forum/p/5/edit"}) {
            assertFalse(PortalCacheFilter.isPortalPage(path), path);
        }
        assertTrue(PortalCacheFilter.isPortalPage("/forum/c/new"), "a category whose slug is 'new'");
    }

    @Test
    void aSearchIsKeptByItsQueryButTheQueryKeepsNoOtherPage() {
        assertTrue(PortalCacheFilter.isPortalPage("/search"));
        assertEquals("/search?q=sofia&lang=ar", PortalCacheFilter.cacheKey("/search", "q=sofia&lang=ar"));
        assertNull(PortalCacheFilter.cacheKey("/", "q=sofia"));
        assertNull(PortalCacheFilter.cacheKey("/news", "q=sofia"));
        assertNull(PortalCacheFilter.cacheKey("/search", "q=" + "a".repeat(400)));
    }

    @Test
    void eachLanguageHasItsOwnEntry() {
        assertNotEquals(PortalCacheFilter.cacheKey("/", "lang=en"), PortalCacheFilter.cacheKey("/", null));
    }

    @Test
    void otherParametersAndLongAddressesAreNotKept() {
        assertNull(PortalCacheFilter.cacheKey("/", "utm_source=x"));
        assertNull(PortalCacheFilter.cacheKey("/", "lang=en&x"));
        assertNull(PortalCacheFilter.cacheKey("/", "page=" + "9".repeat(400)));
    }

    @Test
    void anEtagIsQuotedAndDependsOnTheBytes() {
        String a = PortalCacheFilter.etag("a".getBytes());
        assertEquals('"', a.charAt(0));
        assertEquals('"', a.charAt(a.length() - 1));
        assertNotEquals(a, PortalCacheFilter.etag("b".getBytes()));
        assertEquals(a, PortalCacheFilter.etag("a".getBytes()));
    }
}
