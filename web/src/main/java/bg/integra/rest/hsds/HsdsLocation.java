package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * HSDS {@code location}: a centre, always {@code physical}. In full it has its languages, its address (country
 * {@code BG}, {@code state_province} the oblast), its phone, its opening hours as weekly schedules and what is said
 * about its accessibility.
 */
public record HsdsLocation(String id,
                           @JsonbProperty("location_type") String locationType,
                           @JsonbProperty("organization_id") String organizationId,
                           String name,
                           String description,
                           String transportation,
                           Double latitude,
                           Double longitude,
                           List<HsdsLanguage> languages,
                           List<Address> addresses,
                           List<HsdsPhone> phones,
                           List<Schedule> schedules,
                           List<Accessibility> accessibility) {

    /** HSDS {@code address}; every part but the oblast and the country may be empty. */
    public record Address(String id,
                          @JsonbProperty("location_id") String locationId,
                          @JsonbProperty("address_1") String address1,
                          String city,
                          @JsonbProperty("state_province") String stateProvince,
                          @JsonbProperty("postal_code") String postalCode,
                          String country,
                          @JsonbProperty("address_type") String addressType) {
    }

    /**
     * HSDS {@code schedule}: the days of the week ({@code byday}, e.g. "MO,TU,WE,TH,FR") on which a location opens
     * and closes at the same local times in Sofia; {@code timezone} is Sofia's offset from UTC in hours today.
     */
    public record Schedule(String id,
                           @JsonbProperty("location_id") String locationId,
                           String freq,
                           String byday,
                           @JsonbProperty("opens_at") String opensAt,
                           @JsonbProperty("closes_at") String closesAt,
                           int timezone) {
    }

    /** HSDS {@code accessibility}: how accessible the location is, in words. */
    public record Accessibility(String id, @JsonbProperty("location_id") String locationId, String description) {
    }
}
