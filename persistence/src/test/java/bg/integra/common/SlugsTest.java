package bg.integra.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void bulgarianTitlesBecomeReadableLatinAddresses() {
        assertEquals("seminar-v-haskovo-2015", Slugs.of("Семинар в Хасково, 2015!"));
        assertEquals("zhivot-i-rabota", Slugs.of("Живот и работа"));
    }

    @Test
    void longTitlesAreCutAtAWordAndNothingBecomesItem() {
        String slug = Slugs.of("дума ".repeat(40));
        assertTrue(slug.length() <= Slugs.LENGTH && Slugs.isValid(slug), slug);
        assertEquals("item", Slugs.of("إقامة"));
    }
}
