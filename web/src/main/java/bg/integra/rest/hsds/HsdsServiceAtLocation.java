package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

/** HSDS {@code service_at_location}: a service offered at a location, with the one or the other or both. */
public record HsdsServiceAtLocation(String id,
                                    @JsonbProperty("service_id") String serviceId,
                                    @JsonbProperty("location_id") String locationId,
                                    HsdsLocation location,
                                    HsdsService service) {
}
