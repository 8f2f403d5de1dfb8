package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

/** HSDS {@code phone} of an organization, a service or a location. */
public record HsdsPhone(String id,
                        @JsonbProperty("organization_id") String organizationId,
                        @JsonbProperty("service_id") String serviceId,
                        @JsonbProperty("location_id") String locationId,
                        String number) {
}
