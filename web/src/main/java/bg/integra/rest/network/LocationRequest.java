package bg.integra.rest.network;

import bg.integra.rest.common.RequestFields;

import bg.integra.common.Address;
import bg.integra.common.FieldProblem;
import bg.integra.common.Region;
import bg.integra.network.Location;
import bg.integra.network.LocationDraft;
import bg.integra.network.LocationText;
import bg.integra.network.OpeningHours;
import bg.integra.rest.organisation.OrganisationDto.AddressDto;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A location as a program sends it to {@code POST /api/v1/network/locations} or {@code PUT …/{id}} (which replaces
 * every field): the shape of {@link LocationDto} without what the server decides (id, version, organisation,
 * services, verification). Texts are maps from a language code to the text, {@code name.bg} required; hours are
 * {@code {"day": "MONDAY", "opens": "09:00", "closes": "17:00"}} in Sofia's time ("24:00" closes at midnight);
 * {@code position} is both coordinates or null.
 */
public record LocationRequest(Map<String, String> name, Map<String, String> description,
                              Map<String, String> transportation, Map<String, String> accessibility,
                              AddressDto address, String region, Position position, String phone, String email,
                              List<String> languages, List<LocationDto.HoursDto> hours) {

    /** Degrees; both or neither. */
    public record Position(Double latitude, Double longitude) {
    }

    /** The draft the service writes; every bad field named at once (400). */
    LocationDraft draft() {
        RequestFields f = new RequestFields();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("transportation", transportation);
        fields.put("accessibility", accessibility);
        Map<String, LocationText> texts = f.texts(fields, new int[]{LocationText.NAME_LENGTH, LocationText.DESCRIPTION_LENGTH,
                LocationText.TRANSPORTATION_LENGTH, LocationText.ACCESSIBILITY_LENGTH}, v -> new LocationText(v[0], v[1], v[2], v[3]));
        Address a = address == null ? new Address() : new Address(
                f.text("address.street", address.street(), Address.STREET_LENGTH, null),
                f.text("address.city", address.city(), Address.CITY_LENGTH, null),
                f.text("address.postcode", address.postcode(), Address.POSTCODE_LENGTH, null));
        Region r = f.choice("region", region, Region.class, null);
        Double latitude = null;
        Double longitude = null;
        if (position != null) {
            latitude = coordinate(f, "position.latitude", position.latitude(), 90);
            longitude = coordinate(f, "position.longitude", position.longitude(), 180);
        }
        List<OpeningHours> opening = new ArrayList<>();
        if (hours != null) {
            for (int i = 0; i < hours.size(); i++) {
                LocationDto.HoursDto h = hours.get(i);
                String at = "hours[" + i + "]";
                if (h == null) {
                    f.problem(at, FieldProblem.required());
                    continue;
                }
                var day = f.day(at + ".day", h.day());
                LocalTime opens = f.time(at + ".opens", h.opens(), false);
                LocalTime closes = f.time(at + ".closes", h.closes(), true);
                if (day == null || opens == null || closes == null) continue;
                OpeningHours oh = new OpeningHours(day, opens, closes);
                if (!oh.isClosingAfterOpening()) f.problem(at + ".closes", FieldProblem.malformed());
                else opening.add(oh);
            }
        }
        LocationDraft draft = new LocationDraft(texts, a, r, latitude, longitude,
                f.text("phone", phone, Location.PHONE_LENGTH, RequestFields.PHONE),
                f.text("email", email, Location.EMAIL_LENGTH, RequestFields.EMAIL),
                f.languages("languages", languages), opening);
        f.done();
        return draft;
    }

    private static Double coordinate(RequestFields f, String field, Double value, double limit) {
        if (value == null) f.problem(field, FieldProblem.required());
        else if (value.isNaN() || value < -limit || value > limit) f.problem(field, FieldProblem.malformed());
        return value;
    }
}
