package bg.integra.rest.hsds;

import bg.integra.common.NotFoundException;
import bg.integra.rest.hsds.HsdsIds.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HsdsIdsTest {

    @Test
    void aRecordsUuidNamesItsTypeAndNumber() {
        assertEquals("00000001-0000-4000-8000-00000000002a", HsdsIds.of(Type.ORGANIZATION, 42));
        assertEquals("00000002-0000-4000-8000-0000000f4240", HsdsIds.of(Type.SERVICE, 1_000_000));
        assertEquals("00000004-0000-4000-8000-ffffffffffff", HsdsIds.of(Type.SERVICE_AT_LOCATION, 0xFFFF_FFFF_FFFFL));
        assertEquals("0000000c-0000-4000-8000-000000000001", HsdsIds.of(Type.ACCESSIBILITY, 1));
    }

    @Test
    void itIsAVersion4UuidInForm() {
        UUID uuid = UUID.fromString(HsdsIds.of(Type.LOCATION, 7, 1234));
        assertEquals(4, uuid.version());
        assertEquals(2, uuid.variant());
    }

    @Test
    void aUuidReadsBackToItsNumberInEitherCase() {
        for (Type type : Type.values()) {
            assertEquals(123_456_789L, HsdsIds.number(type, HsdsIds.of(type, 123_456_789L)));
        }
        assertEquals(42, HsdsIds.number(Type.ORGANIZATION, "00000001-0000-4000-8000-00000000002A"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "42", "00000002-0000-4000-8000-00000000002a", "00000001-0001-4000-8000-00000000002a",
            "00000001-0000-4000-8000-000000000000", "00000001-0000-4000-8000-00000000002a0", "ac148810-d857-441c-9679-408f346de14b",
            "00000001-0000-4000-c000-00000000002a", " 00000001-0000-4000-8000-00000000002a"})
    void anythingButAnOrganizationsUuidIsNotFound(String uuid) {
        assertThrows(NotFoundException.class, () -> HsdsIds.number(Type.ORGANIZATION, uuid));
    }

    @Test
    void aLongMalformedIdIsShortenedInTheMessage() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> HsdsIds.number(Type.SERVICE, "x".repeat(500)));
        assertTrue(e.getMessage().length() < 80, e.getMessage());
    }

    @Test
    void languagesAreDistinctParts() {
        Set<Integer> parts = new HashSet<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                assertTrue(parts.add(HsdsIds.language("" + a + b)));
                assertTrue(parts.add(HsdsIds.language("" + a + b + 'z')));
            }
        }
        assertEquals(HsdsIds.language("ar"), HsdsIds.language("AR"));
        assertTrue(HsdsIds.language("zzz") <= 0xFFFF);
        assertThrows(IllegalArgumentException.class, () -> HsdsIds.language("a1"));
        assertThrows(IllegalArgumentException.class, () -> HsdsIds.language("engl"));
    }

    @Test
    void numbersOutsideTwelveHexDigitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HsdsIds.of(Type.SERVICE, 0));
        assertThrows(IllegalArgumentException.class, () -> HsdsIds.of(Type.SERVICE, 0x1_0000_0000_0000L));
    }
}
