package bg.integra.rest.hsds;

import java.util.List;

/**
 * HSDS {@code organization}: a member of the network. A list gives its own fields only; one organization also its
 * phones, its locations in full and its services in brief. {@code description} is required by HSDS: empty when the
 * member has none.
 */
public record HsdsOrganization(String id, String name, String description, String email, String website,
                               List<HsdsPhone> phones, List<HsdsLocation> locations, List<HsdsService> services) {
}
