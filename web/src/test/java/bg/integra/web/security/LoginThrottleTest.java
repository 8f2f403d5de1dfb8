package bg.integra.web.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final String CLIENT = "192.0.2.1";
    private static final String OTHER = "192.0.2.2";

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-03-01T10:00:00Z");

        void advance(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String client, int times) {
        for (int i = 0; i < times; i++) throttle.recordFailure(client);
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertEquals(20, LoginThrottle.MAX_FAILURES);
        assertEquals(Duration.ofMinutes(15), LoginThrottle.WINDOW);
    }

    @Test
    void anUnknownClientIsNotBlocked() {
        assertFalse(throttle.isBlocked(CLIENT));
    }

    @Test
    void blocksAtTheMaximumNumberOfFailuresNotBefore() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES - 1);
        assertFalse(throttle.isBlocked(CLIENT));
        fail(CLIENT, 1);
        assertTrue(throttle.isBlocked(CLIENT));
    }

    @Test
    void clientsAreCountedSeparately() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES);
        assertTrue(throttle.isBlocked(CLIENT));
        assertFalse(throttle.isBlocked(OTHER));
        fail(OTHER, LoginThrottle.MAX_FAILURES - 1);
        assertFalse(throttle.isBlocked(OTHER));
    }

    @Test
    void theBlockLastsUntilTheEndOfTheWindow() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES);
        clock.advance(LoginThrottle.WINDOW);
        assertTrue(throttle.isBlocked(CLIENT), "still blocked at the very end of the window");
        clock.advance(Duration.ofMillis(1));
        assertFalse(throttle.isBlocked(CLIENT), "free once the window has passed");
    }

    @Test
    void theWindowStartsAtTheFirstFailureAndDoesNotSlide() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES - 1);
        clock.advance(LoginThrottle.WINDOW.minusMinutes(1));
        fail(CLIENT, 1);
        assertTrue(throttle.isBlocked(CLIENT));
        clock.advance(Duration.ofMinutes(1).plusMillis(1));
        assertFalse(throttle.isBlocked(CLIENT));
    }

    @Test
    void failuresInAnExpiredWindowAreForgotten() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        fail(CLIENT, 1); // starts a new window with a count of one
        assertFalse(throttle.isBlocked(CLIENT));
        fail(CLIENT, LoginThrottle.MAX_FAILURES - 2);
        assertFalse(throttle.isBlocked(CLIENT));
        fail(CLIENT, 1);
        assertTrue(throttle.isBlocked(CLIENT));
    }

    @Test
    void aSuccessForgetsTheFailures() {
        fail(CLIENT, LoginThrottle.MAX_FAILURES);
        assertTrue(throttle.isBlocked(CLIENT));
        throttle.recordSuccess(CLIENT);
        assertFalse(throttle.isBlocked(CLIENT));
        fail(CLIENT, LoginThrottle.MAX_FAILURES - 1);
        assertFalse(throttle.isBlocked(CLIENT));
    }

    @Test
    void thePublicConstructorUsesTheSystemClock() {
        LoginThrottle real = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) real.recordFailure(CLIENT);
        assertTrue(real.isBlocked(CLIENT));
    }
}
