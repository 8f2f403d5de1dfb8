package bg.integra.web.forum;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForumPostLimitTest {

    @Test
    void eachAddressHasItsOwnFormsAnHour() {
        ForumPostLimit limit = new ForumPostLimit(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC), 2);
        assertTrue(limit.tryAcquire("10.0.0.1"));
        assertTrue(limit.tryAcquire("10.0.0.1"));
        assertFalse(limit.tryAcquire("10.0.0.1"), "the third form of the hour");
        assertTrue(limit.tryAcquire("10.0.0.2"), "another address");
        assertTrue(limit.secondsToWait("10.0.0.1") > 0);
    }
}
