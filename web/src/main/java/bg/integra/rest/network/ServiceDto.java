package bg.integra.rest.network;

import bg.integra.network.Location;
import bg.integra.network.LocationText;
import bg.integra.network.Service;
import bg.integra.network.ServiceText;
import bg.integra.rest.organisation.OrganisationRefDto;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A service of a member organisation: its kind and status (HSDS's: {@code ACTIVE}, {@code INACTIVE},
 * {@code DEFUNCT}, {@code TEMPORARILY_CLOSED}), its texts per language, whether it is free, the ISO 639 codes of the
 * languages it is given in, when it was last checked, and the locations it is offered at. {@code version} is what a
 * write through the API sends back in {@code If-Match}.
 */
public record ServiceDto(long id, long version, String kind, String status, Map<String, String> name, Map<String, String> description,
                         Map<String, String> eligibility, Map<String, String> fees, boolean free, String url,
                         String email, String phone, List<String> languages, VerificationDto verification,
                         OrganisationRefDto organisation, List<LocationRefDto> locations) {

    /** A location the service is offered at: enough to show it and to fetch the rest. */
    public record LocationRefDto(long id, Map<String, String> name, String city) {

        static LocationRefDto of(Location l) {
            return new LocationRefDto(l.getId(), PerLanguage.of(l.getTexts(), LocationText::getName), l.getAddress().getCity());
        }
    }

    /** A service offered at a location, inside the location's answer. */
    public record ServiceRefDto(long id, String kind, Map<String, String> name) {

        static ServiceRefDto of(Service s) {
            return new ServiceRefDto(s.getId(), s.getKind().name(), PerLanguage.of(s.getTexts(), ServiceText::getName));
        }
    }

    public static ServiceDto of(Service s) {
        Map<String, ServiceText> texts = s.getTexts();
        return new ServiceDto(s.getId(), s.getVersion(), s.getKind().name(), s.getStatus().name(), PerLanguage.of(texts, ServiceText::getName),
                PerLanguage.of(texts, ServiceText::getDescription), PerLanguage.of(texts, ServiceText::getEligibility),
                PerLanguage.of(texts, ServiceText::getFees), s.isFree(), s.getUrl(), s.getEmail(), s.getPhone(),
                List.copyOf(new TreeSet<>(s.getLanguages())), VerificationDto.of(s.getVerification()),
                OrganisationRefDto.of(s.getOrganisation()), s.getLocations().stream().map(LocationRefDto::of).toList());
    }
}
