package bg.integra.rest.hsds;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * HSDS {@code service}. A list gives its own fields and its organization; one service also its phones, languages
 * and the locations it is offered at, each in full.
 */
public record HsdsService(String id,
                          @JsonbProperty("organization_id") String organizationId,
                          String name,
                          String description,
                          String url,
                          String email,
                          String status,
                          @JsonbProperty("eligibility_description") String eligibilityDescription,
                          @JsonbProperty("fees_description") String feesDescription,
                          @JsonbProperty("assured_date") String assuredDate,
                          List<HsdsPhone> phones,
                          List<HsdsLanguage> languages,
                          @JsonbProperty("service_at_locations") List<HsdsServiceAtLocation> serviceAtLocations,
                          HsdsOrganization organization) {
}
