package bg.integra.rest.network;

import bg.integra.network.Location;
import bg.integra.network.LocationText;
import bg.integra.network.OpeningHours;
import bg.integra.network.Service;
import bg.integra.rest.network.ServiceDto.ServiceRefDto;
import bg.integra.rest.organisation.OrganisationDto.AddressDto;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A centre of the network: where it is ({@code position} null when unknown), its opening hours in Sofia's local
 * time ({@code {"day": "MONDAY", "opens": "09:00", "closes": "17:00"}}, several a day for a break), the ISO 639
 * codes of the languages spoken at the desk, the active services offered there, whether it is open at the moment
 * of the answer, and in a search from a point its great-circle distance in kilometres ({@code distanceKm}).
 * {@code version} is what a write through the API sends back in {@code If-Match}.
 */
public record LocationDto(long id, long version, Map<String, String> name, Map<String, String> description,
                          Map<String, String> transportation, Map<String, String> accessibility,
                          OrganisationRefDto organisation, AddressDto address, String region, PositionDto position,
                          String phone, String email, List<String> languages, List<HoursDto> hours,
                          VerificationDto verification, List<ServiceRefDto> services, boolean openNow,
                          Double distanceKm) {

    /** Degrees of latitude and longitude. */
    public record PositionDto(double latitude, double longitude) {
    }

    /** Opening hours on one day; {@code closes} is "24:00" for midnight at the end of the day. */
    public record HoursDto(String day, String opens, String closes) {

        static HoursDto of(OpeningHours h) {
            return new HoursDto(h.getDay().name(), h.getOpensText(), h.getClosesText());
        }
    }

    public static LocationDto of(Location l, List<Service> activeServices, boolean openNow, Double distanceKm) {
        Map<String, LocationText> texts = l.getTexts();
        var a = l.getAddress();
        return new LocationDto(l.getId(), l.getVersion(), PerLanguage.of(texts, LocationText::getName),
                PerLanguage.of(texts, LocationText::getDescription), PerLanguage.of(texts, LocationText::getTransportation),
                PerLanguage.of(texts, LocationText::getAccessibility), OrganisationRefDto.of(l.getOrganisation()),
                new AddressDto(a.getStreet(), a.getCity(), a.getPostcode()), l.getRegion().name(),
                l.hasPosition() ? new PositionDto(l.getLatitude(), l.getLongitude()) : null, l.getPhone(), l.getEmail(),
                List.copyOf(new TreeSet<>(l.getLanguages())), l.getHours().stream().map(HoursDto::of).toList(),
                VerificationDto.of(l.getVerification()), activeServices.stream().map(ServiceRefDto::of).toList(), openNow,
                distanceKm);
    }
}
