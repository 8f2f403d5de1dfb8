package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

/** HSDS {@code language}: an ISO 639 {@code code} and its name in the language of the answer. */
public record HsdsLanguage(String id,
                           @JsonbProperty("service_id") String serviceId,
                           @JsonbProperty("location_id") String locationId,
                           String name,
                           String code) {
}
