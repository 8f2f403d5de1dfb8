package bg.integra.web.common;

import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import bg.integra.knowledge.PersonalDataCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code a service can raise has a text in every bundle of every boundary that turns it into words (a new
 * {@link FieldProblem.Code} without its texts fails here), and the texts are found by the one rule of
 * {@link FieldProblemTexts}.
 */
class FieldProblemTextsTest {

    /** Each boundary's prefix and the files of its bundles: the portal's seven languages, the back-office's two, the API's one. */
    private static final Map<String, List<String>> BOUNDARIES = Map.of(
            "regForm.error.", Languages.PORTAL.stream()
                    .map(l -> l.equals(Languages.DEFAULT) ? "messages.properties" : "messages_" + l + ".properties").toList(),
            "problem.", List.of("messages.properties", "messages_en.properties", "api.properties"));

    @Test
    void everyCodeHasATextInEveryBundleOfEveryBoundary() throws IOException {
        assertEquals(7, BOUNDARIES.get("regForm.error.").size());
        for (var boundary : BOUNDARIES.entrySet()) {
            String prefix = boundary.getKey();
            for (String file : boundary.getValue()) {
                Properties texts = MessageBundlesTest.load(file);
                ResourceBundle bundle = bundle(texts);
                for (FieldProblem.Code code : FieldProblem.Code.values()) {
                    String where = file + " " + prefix + code.key();
                    String own = texts.getProperty(prefix + code.key());
                    assertTrue(own != null && !own.isBlank(), where + " is missing");
                    // every text of the code (the code's and each field's own) takes its arguments and a form's label
                    for (String key : texts.stringPropertyNames()) {
                        if (!key.equals(prefix + code.key()) && !key.startsWith(prefix + code.key() + ".")) continue;
                        String field = key.equals(prefix + code.key()) ? null : key.substring(prefix.length() + code.key().length() + 1);
                        String text = FieldProblemTexts.text(bundle, Locale.ROOT, prefix, field, sample(code), "label");
                        assertFalse(text.isBlank() || text.contains("{"), file + " " + key + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void theKindOfPersonalDataIsNamedInWordsInEveryBundleOfEveryBoundary() throws IOException {
        for (var boundary : BOUNDARIES.entrySet()) {
            String prefix = boundary.getKey();
            for (String file : boundary.getValue()) {
                Properties texts = MessageBundlesTest.load(file);
                for (PersonalDataCheck.Kind kind : PersonalDataCheck.Kind.values()) {
                    String words = texts.getProperty(prefix + "found." + kind.key());
                    assertTrue(words != null && !words.isBlank(), file + " does not name " + kind + " (" + prefix + "found." + kind.key() + ")");
                    String text = FieldProblemTexts.text(bundle(texts), Locale.ROOT, prefix, "situation",
                            FieldProblem.personalData(kind.key()), "label");
                    assertTrue(text.contains(words), file + ": " + text);
                    assertFalse(text.contains("(" + kind.key() + ")"), file + " shows the code: " + text);
                }
            }
        }
        assertEquals("Текстът съдържа лични данни: ЕГН. Премахнете ги.", FieldProblemTexts.text(
                ResourceBundle.getBundle("i18n.messages", Locale.ROOT), Locale.forLanguageTag("bg"), "problem.", "situation",
                FieldProblem.personalData("egn")));
        assertEquals("The text contains personal data: a phone number. Remove it.", FieldProblemTexts.text(
                bundle("i18n.messages", Locale.ENGLISH), Locale.ENGLISH, "problem.", "actions.en", FieldProblem.personalData("phone")));
    }

    @Test
    void aFieldsOwnTextComesBeforeTheCodes() {
        ResourceBundle bg = PortalTexts.of("bg");
        assertEquals("regForm.error.required.email", FieldProblemTexts.key(bg, "regForm.error.", "email", FieldProblem.Code.REQUIRED));
        assertEquals("regForm.error.required", FieldProblemTexts.key(bg, "regForm.error.", "organisation", FieldProblem.Code.REQUIRED));
        assertEquals("regForm.error.required", FieldProblemTexts.key(bg, "regForm.error.", null, FieldProblem.Code.REQUIRED));
        assertEquals(bg.getString("regForm.error.notOneOf.targetGroup"),
                FieldProblemTexts.text(bg, Locale.forLanguageTag("bg"), "regForm.error.", "targetGroup",
                        FieldProblem.notOneOf(List.of("NGO"))));
    }

    @Test
    void aFieldInAnotherLanguageTakesTheFieldsOwnText() {
        ResourceBundle backOffice = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        assertEquals("problem.malformed.plan", FieldProblemTexts.key(backOffice, "problem.", "plan.en", FieldProblem.Code.MALFORMED));
        assertEquals("problem.malformed.plan", FieldProblemTexts.key(backOffice, "problem.", "plan", FieldProblem.Code.MALFORMED));
        assertEquals("problem.required", FieldProblemTexts.key(backOffice, "problem.", "title.en", FieldProblem.Code.REQUIRED));
        assertEquals("problem.malformed", FieldProblemTexts.key(backOffice, "problem.", ".en", FieldProblem.Code.MALFORMED));
    }

    @Test
    void theFormsTextsNameTheLimitAndTheLabelInThePagesLanguage() {
        assertEquals("Полето „Име и фамилия“ може да съдържа най-много 200 знака.",
                FieldProblemTexts.text(PortalTexts.of("bg"), Locale.forLanguageTag("bg"), "regForm.error.", "name",
                        FieldProblem.tooLong(200), "Име и фамилия"));
        assertEquals("Full name can be at most 200 characters long.",
                FieldProblemTexts.text(PortalTexts.of("en"), Locale.ENGLISH, "regForm.error.", "name",
                        FieldProblem.tooLong(200), "Full name"));
        assertEquals(PortalTexts.of("uk").getString("regForm.error.consentRequired"),
                FieldProblemTexts.text(PortalTexts.of("uk"), Locale.forLanguageTag("uk"), "regForm.error.", "consent",
                        FieldProblem.consentRequired()));
    }

    @Test
    void theBackOfficeSaysItInItsLanguageWithTheArguments() {
        assertEquals("A value is longer than 40 characters.", FieldProblemTexts.text(bundle("i18n.messages", Locale.ENGLISH),
                Locale.ENGLISH, "problem.", "phone", FieldProblem.tooLong(40)));
        assertEquals("Съгласието е дадено за предишна версия на текста; текущата е 2026-11.",
                FieldProblemTexts.text(ResourceBundle.getBundle("i18n.messages", Locale.ROOT), Locale.forLanguageTag("bg"),
                        "problem.", "consentVersion", FieldProblem.consentVersion("2026-11")));
    }

    /** A problem of the code with a number for each argument (every placeholder formats one). */
    private static FieldProblem sample(FieldProblem.Code code) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        code.parameters().forEach(p -> arguments.put(p, 7));
        return new FieldProblem(code, arguments);
    }

    private static ResourceBundle bundle(Properties texts) throws IOException {
        StringWriter out = new StringWriter();
        texts.store(out, null);
        return new PropertyResourceBundle(new StringReader(out.toString()));
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(base, locale, FieldProblemTextsTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
