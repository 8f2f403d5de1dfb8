package bg.integra.rest.network;

import bg.integra.organisation.Organisation;
import bg.integra.rest.organisation.OrganisationDto.AddressDto;

import java.util.Map;
import java.util.TreeMap;

/**
 * A member of the network in a list: {@code slug} is the address of its page ({@code /network/{slug}}),
 * {@code name} and {@code description} map language codes to the text in that language.
 */
public record NetworkOrganisationSummaryDto(long id, String slug, Map<String, String> name,
                                            Map<String, String> description, String kind, String region,
                                            AddressDto address, String email, String phone, String website) {

    public static NetworkOrganisationSummaryDto of(Organisation o) {
        var a = o.getAddress();
        return new NetworkOrganisationSummaryDto(o.getId(), o.getSlug(), new TreeMap<>(o.getNames()),
                new TreeMap<>(o.getDescriptions()), o.getKind().name(), o.getRegion().name(),
                new AddressDto(a.getStreet(), a.getCity(), a.getPostcode()), o.getEmail(), o.getPhone(), o.getWebsite());
    }
}
