package bg.integra.web.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalLanguageTest {

    @Test
    void bulgarianIsTheDefaultAndNeedsNoParameter() {
        assertEquals("/projects/5", PortalLanguage.withLang("/projects/5", "bg"));
        assertEquals("/?page=2", PortalLanguage.withLang("/?page=2", "bg"));
    }

    @Test
    void anotherLanguageIsAddedAsTheFirstParameter() {
        assertEquals("/projects/5?lang=en", PortalLanguage.withLang("/projects/5", "en"));
        assertEquals("/?lang=en", PortalLanguage.withLang("/", "en"));
    }

    @Test
    void anotherLanguageIsAppendedToAnExistingQuery() {
        assertEquals("/?page=2&lang=en", PortalLanguage.withLang("/?page=2", "en"));
        assertEquals("/integra/projects/5?x=1&y=2&lang=en", PortalLanguage.withLang("/integra/projects/5?x=1&y=2", "en"));
    }

    @Test
    void theLanguageIsUrlEncoded() {
        assertEquals("/?lang=en+GB%26x%3D1", PortalLanguage.withLang("/", "en GB&x=1"));
    }

    @Test
    void theParameterNameIsLang() {
        assertEquals("lang", PortalLanguage.PARAMETER);
    }
}
