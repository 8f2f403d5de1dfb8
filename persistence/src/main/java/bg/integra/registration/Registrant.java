package bg.integra.registration;

import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import bg.integra.common.Text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The person who registers, as a form or a partner site sends them: name, organisation and role, target group
 * (by code), e-mail, phone and the language they read. {@link #normalised()} trims and lower-cases the e-mail;
 * {@link #problems()} names each field that breaks a rule, with a {@link FieldProblem} in no language.
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
    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        required(problems, "name", name, Registration.NAME_LENGTH);
        optional(problems, "organisation", organisation, Registration.ORGANISATION_LENGTH);
        optional(problems, "role", role, Registration.ROLE_LENGTH);
        if (targetGroup == null || targetGroup.isBlank()) problems.put("targetGroup", FieldProblem.required());
        required(problems, "email", email, Registration.EMAIL_LENGTH);
        if (!problems.containsKey("email") && !Registration.EMAIL.matcher(email).matches()) {
            problems.put("email", FieldProblem.malformed());
        }
        optional(problems, "phone", phone, Registration.PHONE_LENGTH);
        if (!problems.containsKey("phone") && phone != null && !Registration.PHONE.matcher(phone).matches()) {
            problems.put("phone", FieldProblem.malformed());
        }
        if (language != null && !Languages.PORTAL.contains(language)) {
            problems.put("language", FieldProblem.notOneOf(Languages.PORTAL));
        }
        return problems;
    }

    /** The language of the e-mails: Bulgarian for Bulgarian readers, English for everyone else. */
    public static String mailLanguage(String language) {
        return Languages.DEFAULT.equals(language) ? Languages.DEFAULT : Languages.ENGLISH;
    }

    private static void required(Map<String, FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) problems.put(field, FieldProblem.required());
        else optional(problems, field, value, max);
    }

    private static void optional(Map<String, FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) problems.put(field, FieldProblem.tooLong(max));
    }

    /** Single-line text: control characters and runs of white space become one space. */
    private static String clean(String s) {
        return s == null ? null : Text.blankToNull(s.replaceAll("[\\p{Cntrl}\\s]+", " "));
    }
}
