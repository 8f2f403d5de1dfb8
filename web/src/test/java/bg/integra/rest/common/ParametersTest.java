package bg.integra.rest.common;

import bg.integra.common.Region;
import bg.integra.project.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParametersTest {

    // --- integer

    @Test
    void integerTakesTheDefaultWhenMissingOrBlank() {
        assertEquals(20, Parameters.integer("size", null, 20, 1, 100));
        assertEquals(20, Parameters.integer("size", "", 20, 1, 100));
        assertEquals(20, Parameters.integer("size", "  ", 20, 1, 100));
    }

    @Test
    void integerParsesWithinBoundsInclusive() {
        assertEquals(1, Parameters.integer("size", "1", 20, 1, 100));
        assertEquals(100, Parameters.integer("size", "100", 20, 1, 100));
        assertEquals(42, Parameters.integer("size", " 42 ", 20, 1, 100));
        assertEquals(0, Parameters.integer("page", "0", 0, 0, 1_000_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "2147483647", "-2147483648"})
    void integerRefusesOutOfBounds(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.integer("size", value, 20, 1, 100));
        assertEquals("size", e.parameter());
        assertTrue(e.getMessage().contains("between 1 and 100"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "0x10", "12abc", "99999999999999999999", "1 2", "+-1"})
    void integerRefusesWhatIsNotAWholeNumber(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.integer("page", value, 0, 0, 1_000_000));
        assertEquals("page", e.parameter());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    // --- id

    @Test
    void idParsesPositiveNumbers() {
        assertEquals(1L, Parameters.id("id", "1"));
        assertEquals(Long.MAX_VALUE, Parameters.id("id", String.valueOf(Long.MAX_VALUE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "", " 1", "1.0", "9223372036854775808"})
    void idRefusesEverythingElse(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.id("id", value));
        assertEquals("id", e.parameter());
    }

    @Test
    void idRefusesNull() {
        assertEquals("id", assertThrows(InvalidParameterException.class, () -> Parameters.id("id", null)).parameter());
    }

    // --- enumeration

    @Test
    void enumerationIgnoresCaseAndSurroundingSpace() {
        assertEquals(Region.HASKOVO, Parameters.enumeration("region", "HASKOVO", Region.class));
        assertEquals(Region.SOFIA_CITY, Parameters.enumeration("region", " sofia_city ", Region.class));
        assertEquals(ProjectStatus.RUNNING, Parameters.enumeration("status", "Running", ProjectStatus.class));
    }

    @Test
    void enumerationIsNullWhenMissing() {
        assertNull(Parameters.enumeration("region", null, Region.class));
        assertNull(Parameters.enumeration("region", " ", Region.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOWHERE", "xyz", "SOFIA CITY", "1", "RUNNING,PLANNED"})
    void enumerationRefusesUnknownNamesListingTheKnownOnes(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.enumeration("status", value, ProjectStatus.class));
        assertEquals("status", e.parameter());
        assertEquals("must be one of [PLANNED, RUNNING, COMPLETED]", e.getMessage());
    }

    // --- text

    @Test
    void textIsNullWhenMissingOrBlank() {
        assertNull(Parameters.text("q", null, 200));
        assertNull(Parameters.text("q", "   ", 200));
    }

    @Test
    void textIsKeptAsGivenUpToTheLimit() {
        assertEquals(" интеграция ", Parameters.text("q", " интеграция ", 200));
        String atLimit = "я".repeat(200);
        assertEquals(atLimit, Parameters.text("q", atLimit, 200));
    }

    @Test
    void textRefusesMoreThanTheLimit() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.text("q", "я".repeat(201), 200));
        assertEquals("q", e.parameter());
        assertEquals("must be at most 200 characters", e.getMessage());
    }

    // --- flag, decimal, language

    @Test
    void flagIsTrueFalseOrAbsent() {
        assertNull(Parameters.flag("openNow", null));
        assertNull(Parameters.flag("openNow", " "));
        assertEquals(Boolean.TRUE, Parameters.flag("openNow", "TRUE"));
        assertEquals(Boolean.FALSE, Parameters.flag("openNow", "false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "truee"})
    void flagRefusesAnythingElse(String value) {
        assertEquals("openNow", assertThrows(InvalidParameterException.class, () -> Parameters.flag("openNow", value)).parameter());
    }

    @Test
    void decimalParsesWithinBoundsInclusive() {
        assertNull(Parameters.decimal("lat", "", -90, 90));
        assertEquals(-90.0, Parameters.decimal("lat", "-90", -90, 90));
        assertEquals(41.7, Parameters.decimal("lat", " 41.7 ", -90, 90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90.0001", "-91", "NaN", "Infinity", "abc", "1,5"})
    void decimalRefusesOutOfBoundsAndNonNumbers(String value) {
        assertEquals("lat", assertThrows(InvalidParameterException.class, () -> Parameters.decimal("lat", value, -90, 90)).parameter());
    }

    @Test
    void languageIsALowerCaseIsoCode() {
        assertNull(Parameters.language("language", null));
        assertEquals("fa", Parameters.language("language", "FA"));
        assertEquals("bul", Parameters.language("language", "bul"));
        assertEquals("language", assertThrows(InvalidParameterException.class, () -> Parameters.language("language", "f1")).parameter());
        assertEquals("language", assertThrows(InvalidParameterException.class, () -> Parameters.language("language", "english")).parameter());
    }
}
