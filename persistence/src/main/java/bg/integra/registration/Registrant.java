package bg.integra.registration;

import bg.integra.common.Languages;
import bg.integra.common.Text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The person who registers, as a form or a partner site sends them: name, organisation and role, target group
 * (by code), e-mail, phone and the language they read. {@link #normalised()} trims and lower-cases the e-mail;
 * {@link #problems()} names each field that breaks a rule.
 */
public record Registrant(String name, String organisation, String role, String targetGroup, String email,
                         String phone, String language) {

    public Registrant normalised() {
        String mail = clean(email);
        String lang = clean(language);
        return new Registrant(clean(name), clean(organisation), clean(role),
                targetGroup == null ? null : clean(targetGroup.toUpperCase(Locale.ROOT)),
                mail == null ? null : mail.toLowerCase(Locale.ROOT), clean(phone),
                lang == null ? Languages.DEFAULT : lang.toLowerCase(Locale.ROOT));
    }

    /** Field name → what is wrong with it, in the order of the form; empty when every field is acceptable. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "name", name, Registration.NAME_LENGTH);
        optional(problems, "organisation", organisation, Registration.ORGANISATION_LENGTH);
        optional(problems, "role", role, Registration.ROLE_LENGTH);
        if (targetGroup == null || targetGroup.isBlank()) problems.put("targetGroup", "is required");
        required(problems, "email", email, Registration.EMAIL_LENGTH);
        if (!problems.containsKey("email") && !Registration.EMAIL.matcher(email).matches()) {
            problems.put("email", "is not a valid e-mail address");
        }
        optional(problems, "phone", phone, Registration.PHONE_LENGTH);
        if (!problems.containsKey("phone") && phone != null && !Registration.PHONE.matcher(phone).matches()) {
            problems.put("phone", "may hold only digits, spaces, + ( ) / . and -");
        }
        if (language != null && !Languages.PORTAL.contains(language)) {
            problems.put("language", "must be one of " + Languages.PORTAL);
        }
        return problems;
    }

    /** The language of the e-mails: Bulgarian for Bulgarian readers, English for everyone else. */
    public static String mailLanguage(String language) {
        return Languages.DEFAULT.equals(language) ? Languages.DEFAULT : Languages.ENGLISH;
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) problems.put(field, "is required");
        else optional(problems, field, value, max);
    }

    private static void optional(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) problems.put(field, "must be at most " + max + " characters");
    }

    /** Single-line text: control characters and runs of white space become one space. */
    private static String clean(String s) {
        return s == null ? null : Text.blankToNull(s.replaceAll("[\\p{Cntrl}\\s]+", " "));
    }
}
