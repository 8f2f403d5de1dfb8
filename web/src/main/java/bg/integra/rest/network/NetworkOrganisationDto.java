package bg.integra.rest.network;

import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;
import bg.integra.rest.organisation.OrganisationDto.AddressDto;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member of the network with everything its page shows: its services in any status (active ones first, by
 * kind), each with the locations it is offered at, and its locations (by town), each with its active services.
 */
public record NetworkOrganisationDto(long id, String slug, Map<String, String> name, Map<String, String> description,
                                     String kind, String region, AddressDto address, String email, String phone,
                                     String website, List<ServiceDto> services, List<LocationDto> locations) {

    public static NetworkOrganisationDto of(Organisation o, List<Service> services, List<Location> locations,
                                            Map<Long, List<Service>> activeServicesAt, LocalDateTime sofiaNow) {
        var a = o.getAddress();
        return new NetworkOrganisationDto(o.getId(), o.getSlug(), new TreeMap<>(o.getNames()),
                new TreeMap<>(o.getDescriptions()), o.getKind().name(), o.getRegion().name(),
                new AddressDto(a.getStreet(), a.getCity(), a.getPostcode()), o.getEmail(), o.getPhone(), o.getWebsite(),
                services.stream().map(ServiceDto::of).toList(),
                locations.stream().map(l -> LocationDto.of(l, activeServicesAt.getOrDefault(l.getId(), List.of()),
                        l.isOpenAt(sofiaNow), null)).toList());
    }
}
