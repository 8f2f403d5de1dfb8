package bg.integra.network;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursTest {

    /** 7 December 2026 is a Monday. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 0, 0);
    private final OpeningHours mondayNineToFive = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void openFromTheOpeningMinuteUpToButNotIncludingTheClosingOne() {
        assertFalse(mondayNineToFive.isOpenAt(MONDAY.withHour(8).withMinute(59).withSecond(59)));
        assertTrue(mondayNineToFive.isOpenAt(MONDAY.withHour(9)));
        assertTrue(mondayNineToFive.isOpenAt(MONDAY.withHour(16).withMinute(59).withSecond(59)));
        assertFalse(mondayNineToFive.isOpenAt(MONDAY.withHour(17)));
        assertFalse(mondayNineToFive.isOpenAt(MONDAY.plusDays(1).withHour(10)), "another day");
    }

    @Test
    void closingAtMidnightMeansTheEndOfTheDay() {
        OpeningHours late = new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT);
        assertEquals("24:00", late.getClosesText());
        assertTrue(late.isClosingAfterOpening());
        assertTrue(late.isOpenAt(MONDAY.minusSeconds(1)), "Sunday 23:59:59");
        assertFalse(late.isOpenAt(MONDAY), "Monday 00:00");
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRefused() {
        assertFalse(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0)).isClosingAfterOpening());
        assertFalse(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)).isClosingAfterOpening());
    }

    @Test
    void theNextChangeIsTheNextOpeningOrClosingWithinAWeek() {
        assertEquals(MONDAY.withHour(9), mondayNineToFive.nextChangeAfter(MONDAY.withHour(8)));
        assertEquals(MONDAY.withHour(17), mondayNineToFive.nextChangeAfter(MONDAY.withHour(9)));
        assertEquals(MONDAY.plusWeeks(1).withHour(9), mondayNineToFive.nextChangeAfter(MONDAY.withHour(17)));
        assertEquals(MONDAY.plusWeeks(1).withHour(9), mondayNineToFive.nextChangeAfter(MONDAY.plusDays(3)));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Sofia to Plovdiv is about 133 km as the crow flies
        double km = GeoPoint.kilometres(42.6977, 23.3219, 42.1354, 24.7453);
        assertTrue(km > 130 && km < 136, "Sofia–Plovdiv: " + km);
        assertEquals(0, GeoPoint.kilometres(42.0, 25.0, 42.0, 25.0), 1e-9);
    }
}
