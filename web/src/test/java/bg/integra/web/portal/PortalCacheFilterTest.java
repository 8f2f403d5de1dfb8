package bg.integra.web.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
