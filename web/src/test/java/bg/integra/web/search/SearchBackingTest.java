package bg.integra.web.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchBackingTest {

    @Test
    void theQueryIsShownAsOneLineOfPrintableText() {
        assertEquals("", SearchBacking.shown(null));
        assertEquals("", SearchBacking.shown(" \t\n "));
        assertEquals("a b c", SearchBacking.shown("a\u0000b\u0007\n\tc\u007f"));
        assertEquals("<script>", SearchBacking.shown("<script>"), "escaping is the page's job");
        assertEquals("x", SearchBacking.shown("\uD800x"), "a lone surrogate goes");
    }

    @Test
    void aLongQueryIsCutAtAWholeCharacter() {
        assertEquals(SearchBacking.MAX_SHOWN, SearchBacking.shown("a".repeat(10_000)).length());
        String emoji = SearchBacking.shown("😀".repeat(300));
        assertEquals(SearchBacking.MAX_SHOWN, emoji.codePointCount(0, emoji.length()));
        assertEquals(SearchBacking.MAX_SHOWN * 2, emoji.length());
    }
}
