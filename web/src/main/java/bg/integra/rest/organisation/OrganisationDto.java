package bg.integra.rest.organisation;

import bg.integra.organisation.Organisation;

import java.util.Map;
import java.util.TreeMap;

/** An organisation of the network; {@code name} maps language codes to the name in that language. */
public record OrganisationDto(long id, Map<String, String> name, String kind, String region, AddressDto address,
                              String email, String phone, String website) {

    /** A postal address; any part may be missing. */
    public record AddressDto(String street, String city, String postcode) {
    }

    public static OrganisationDto of(Organisation o) {
        var a = o.getAddress();
        return new OrganisationDto(o.getId(), new TreeMap<>(o.getNames()), o.getKind().name(), o.getRegion().name(),
                new AddressDto(a.getStreet(), a.getCity(), a.getPostcode()), o.getEmail(), o.getPhone(), o.getWebsite());
    }
}
