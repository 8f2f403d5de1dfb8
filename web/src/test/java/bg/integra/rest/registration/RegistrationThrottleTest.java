package bg.integra.rest.registration;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class RegistrationThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };

    @Test
    void aClientMaySendTheLimitInAnHourThenWaitsForTheWindowToEnd() {
        RegistrationThrottle throttle = new RegistrationThrottle(clock, 3);
        for (int i = 0; i < 3; i++) assertTrue(throttle.tryAcquire("10.0.0.1"));
        assertFalse(throttle.tryAcquire("10.0.0.1"));
        assertTrue(throttle.tryAcquire("10.0.0.2"), "another client has its own count");
        now.set(now.get().plus(Duration.ofMinutes(30)));
        assertFalse(throttle.tryAcquire("10.0.0.1"));
        assertEquals(1800, throttle.secondsToWait("10.0.0.1"));
        now.set(now.get().plus(Duration.ofMinutes(30)));
        assertTrue(throttle.tryAcquire("10.0.0.1"), "a new hour, a new count");
    }

    @Test
    void theLimitComesFromTheEnvironmentOrDefaults() {
        assertEquals(RegistrationThrottle.DEFAULT_LIMIT, RegistrationThrottle.limitFrom(null));
        assertEquals(500, RegistrationThrottle.limitFrom(" 500 "));
        assertThrows(IllegalArgumentException.class, () -> RegistrationThrottle.limitFrom("0"));
    }
}
