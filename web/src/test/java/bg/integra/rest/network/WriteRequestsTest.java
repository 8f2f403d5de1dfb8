package bg.integra.rest.network;

import bg.integra.rest.common.ApiWrites;

import bg.integra.common.InvalidInputException;
import bg.integra.common.Region;
import bg.integra.network.LocationDraft;
import bg.integra.network.ServiceDraft;
import bg.integra.network.ServiceStatus;
import bg.integra.rest.common.InvalidParameterException;
import bg.integra.rest.common.PreconditionRequiredException;
import bg.integra.rest.organisation.OrganisationDto.AddressDto;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class WriteRequestsTest {

    @Test
    void aGoodLocationBecomesADraftWithMidnightAsTheEndOfTheDay() {
        LocationRequest request = new LocationRequest(Map.of("bg", " Център ", "en", "Centre"), Map.of("bg", "Описание"),
                null, null, new AddressDto("ул. 1", "Кърджали", "6600"), "KARDZHALI", new LocationRequest.Position(41.6, 25.3),
                "+359 361 1", "desk@example.bg", List.of("bg", "tr"),
                List.of(new LocationDto.HoursDto("FRIDAY", "10:00", "24:00")));
        LocationDraft draft = request.draft();
        assertEquals("Център", draft.texts().get("bg").getName());
        assertEquals("Описание", draft.texts().get("bg").getDescription());
        assertEquals(Region.KARDZHALI, draft.region());
        assertEquals(Set.of("bg", "tr"), draft.languages());
        assertEquals("24:00", draft.hours().get(0).getClosesText());
    }

    @Test
    void everyBadFieldOfALocationIsNamedAtOnce() {
        LocationRequest request = new LocationRequest(Map.of("en", "Centre"), null, Map.of("xx", "bus"), null, null,
                "NOWHERE", new LocationRequest.Position(null, 200.0), "call me", "nobody", List.of("EN"),
                List.of(new LocationDto.HoursDto("FUNDAY", "24:00", "09:00"), new LocationDto.HoursDto("MONDAY", "12:00", "08:00")));
        var e = assertThrows(InvalidInputException.class, request::draft);
        assertEquals(Set.of("name.bg", "transportation.xx", "region", "position.latitude", "position.longitude", "phone",
                "email", "languages[0]", "hours[0].day", "hours[0].opens", "hours[1].closes"), e.fields().keySet());
        assertEquals("notOneOf", e.fields().get("region").code().key());
        assertEquals("required", e.fields().get("name.bg").code().key());
    }

    @Test
    void aServiceIsActiveAndFreeUnlessItSaysOtherwise() {
        ServiceDraft draft = new ServiceRequest("LEGAL_ADVICE", null, Map.of("bg", "Правна помощ"), null, null, null, null,
                null, null, null, null, List.of(7L, 7L)).draft();
        assertEquals(ServiceStatus.ACTIVE, draft.status());
        assertTrue(draft.free());
        assertEquals(List.of(7L, 7L), draft.locationIds());
        var e = assertThrows(InvalidInputException.class, () -> new ServiceRequest(null, "OPEN", Map.of("bg", "x".repeat(301)),
                null, null, null, false, "ftp://x", null, null, null, java.util.Arrays.asList(1L, null, 0L)).draft());
        assertEquals(Set.of("kind", "status", "name.bg", "url", "locationIds[1]", "locationIds[2]"), e.fields().keySet());
    }

    @Test
    void ifMatchIsTheVersionQuotedOrNot() {
        assertEquals(3, ApiWrites.version("\"3\""));
        assertEquals(3, ApiWrites.version("W/\"3\""));
        assertEquals(3, ApiWrites.version(" 3 "));
        assertThrows(PreconditionRequiredException.class, () -> ApiWrites.version(null));
        assertThrows(PreconditionRequiredException.class, () -> ApiWrites.version(" "));
        assertEquals("If-Match", assertThrows(InvalidParameterException.class, () -> ApiWrites.version("\"abc\"")).parameter());
        assertThrows(InvalidParameterException.class, () -> ApiWrites.version("*"));
    }

    @Test
    void anIdempotencyKeyHashesTheAddressAndTheBody() {
        var a = ApiWrites.idempotency("k", "/api/v1/network/locations", "{}");
        assertEquals(a, ApiWrites.idempotency(" k ", "/api/v1/network/locations", "{}"));
        assertNotEquals(a.requestHash(), ApiWrites.idempotency("k", "/api/v1/network/services", "{}").requestHash());
        assertNotEquals(a.requestHash(), ApiWrites.idempotency("k", "/api/v1/network/locations", "{ }").requestHash());
        assertNull(ApiWrites.idempotency(null, "/x", "{}"));
        assertThrows(InvalidParameterException.class, () -> ApiWrites.idempotency("x".repeat(201), "/x", "{}"));
    }
}
