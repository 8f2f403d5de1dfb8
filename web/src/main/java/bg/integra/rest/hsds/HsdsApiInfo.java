package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

/** What {@code GET /api/hsds/} answers: the HSDS version, the profile (none: HSDS's core) and the OpenAPI document. */
public record HsdsApiInfo(String version, String profile, @JsonbProperty("openapi_url") String openapiUrl) {
}
