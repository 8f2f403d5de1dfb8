package bg.integra.web.portalaccount;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignUpThrottleTest {

    private static final String CLIENT = "192.0.2.1";
    private static final String OTHER = "192.0.2.2";

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void theDefaultIsTenADay() {
        assertEquals(10, SignUpThrottle.DEFAULT_LIMIT);
        assertEquals(Duration.ofDays(1), SignUpThrottle.WINDOW);
    }

    @Test
    void anAddressGetsItsLimitThenWaitsForTheNextDayWhileOthersGoOn() {
        TestClock clock = new TestClock();
        SignUpThrottle throttle = new SignUpThrottle(clock, 5);
        for (int i = 0; i < 5; i++) assertTrue(throttle.tryAcquire(CLIENT), "sign-up " + (i + 1));
        assertFalse(throttle.tryAcquire(CLIENT), "the sixth of the day");
        assertTrue(throttle.tryAcquire(OTHER), "another address has its own count");
        clock.advance(Duration.ofHours(23));
        assertFalse(throttle.tryAcquire(CLIENT), "still the same day");
        assertEquals(3600, throttle.secondsToWait(CLIENT));
        clock.advance(Duration.ofHours(1));
        assertTrue(throttle.tryAcquire(CLIENT), "a new day");
    }
}
