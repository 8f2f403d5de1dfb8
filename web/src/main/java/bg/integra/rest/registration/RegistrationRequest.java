package bg.integra.rest.registration;

import bg.integra.registration.Registrant;

/**
 * A registration as a partner site or the portal's form sends it. {@code targetGroup} is a code from
 * {@code GET /api/v1/target-groups}; {@code language} (bg by default) chooses the language of the e-mails;
 * {@code consent} must be true, and {@code consentVersion}, when given, must be the version the event shows.
 */
public record RegistrationRequest(String name, String organisation, String role, String targetGroup, String email,
                                  String phone, String language, Boolean consent, String consentVersion) {

    Registrant registrant() {
        return new Registrant(name, organisation, role, targetGroup, email, phone, language);
    }
}
