package bg.integra.web.registration;

import bg.integra.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class RegistrationResultsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    private final RegistrationResults results = new RegistrationResults(clock);

    @Test
    void aResultIsFoundByItsKeyUntilItExpires() {
        String key = results.keep(7, RegistrationStatus.WAITLISTED, 3, "maria@example.bg");
        assertTrue(key.matches("[A-Za-z0-9_-]{22}"), key);
        RegistrationResults.Result r = results.find(key).orElseThrow();
        assertEquals(7, r.eventId());
        assertEquals(RegistrationStatus.WAITLISTED, r.status());
        assertEquals(3, r.waitlistPosition());
        assertEquals("maria@example.bg", r.email());

        now.set(now.get().plus(RegistrationResults.KEPT).minusSeconds(1));
        assertTrue(results.find(key).isPresent());
        now.set(now.get().plusSeconds(1));
        assertTrue(results.find(key).isEmpty(), "expired");
    }

    @Test
    void unknownOrMissingKeysFindNothingAndKeysDoNotRepeat() {
        assertTrue(results.find(null).isEmpty());
        assertTrue(results.find("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) keys.add(results.keep(1, RegistrationStatus.CONFIRMED, 0, "a@b.bg"));
        assertEquals(1000, keys.size());
    }

    @Test
    void aFloodMakesRoomForTheNewestResult() {
        String first = results.keep(1, RegistrationStatus.CONFIRMED, 0, "first@example.bg");
        now.set(now.get().plus(Duration.ofMinutes(1)));
        for (int i = 1; i < RegistrationResults.MAX_KEPT; i++) results.keep(1, RegistrationStatus.CONFIRMED, 0, "x@example.bg");
        assertTrue(results.find(first).isPresent(), "not yet full");
        String newest = results.keep(1, RegistrationStatus.CONFIRMED, 0, "newest@example.bg");
        assertTrue(results.find(newest).isPresent());
        assertTrue(results.find(first).isEmpty(), "emptied when full");
    }
}
