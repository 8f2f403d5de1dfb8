package bg.integra.registration;

import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RegistrantTest {

    private static Registrant valid() {
        return new Registrant("Мария Иванова", "РСО „Марица“", "експерт", "ngo", "  Maria.Ivanova@Example.BG ",
                "+359 38 123 456", null);
    }

    @Test
    void normalisingTrimsLowerCasesTheEmailAndTheCodeAndDefaultsToBulgarian() {
        Registrant r = valid().normalised();
        assertEquals("maria.ivanova@example.bg", r.email());
        assertEquals("NGO", r.targetGroup());
        assertEquals("bg", r.language());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void lineBreaksAndControlCharactersInANameBecomeOneSpace() {
        Registrant r = new Registrant(" Мария\r\n\u0000Иванова ", "  ", null, "NGO", "a@b.bg", null, "EN").normalised();
        assertEquals("Мария Иванова", r.name());
        assertNull(r.organisation());
        assertEquals("en", r.language());
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        Registrant r = new Registrant("x".repeat(Registration.NAME_LENGTH + 1), null, null, " ", "not-an-address",
                "call me", "xx").normalised();
        var problems = r.problems();
        assertEquals(java.util.List.of("name", "targetGroup", "email", "phone", "language"), java.util.List.copyOf(problems.keySet()));
        assertEquals(FieldProblem.tooLong(Registration.NAME_LENGTH), problems.get("name"));
        assertEquals(FieldProblem.required(), problems.get("targetGroup"));
        assertEquals(FieldProblem.malformed(), problems.get("email"));
        assertEquals(FieldProblem.malformed(), problems.get("phone"));
        assertEquals(FieldProblem.notOneOf(Languages.PORTAL), problems.get("language"));
    }

    @Test
    void aMissingRequiredFieldIsRequiredAndATooLongOptionalOneNamesItsLimit() {
        var problems = new Registrant(null, "o".repeat(Registration.ORGANISATION_LENGTH + 1), null, "NGO", "", null, "bg")
                .normalised().problems();
        assertEquals(java.util.List.of("name", "organisation", "email"), java.util.List.copyOf(problems.keySet()));
        assertEquals(FieldProblem.required(), problems.get("name"));
        assertEquals(java.util.Map.of("max", Registration.ORGANISATION_LENGTH), problems.get("organisation").arguments());
        assertEquals(FieldProblem.Code.REQUIRED, problems.get("email").code());
    }

    @Test
    void addressesWithoutADottedDomainOrWithTwoAtsAreRefused() {
        for (String email : new String[]{"a@b", "a@@b.bg", "a b@c.bg", "@b.bg", "a@.bg", "a@b."}) {
            assertTrue(new Registrant("A", null, null, "NGO", email, null, "bg").problems().containsKey("email"), email);
        }
        assertFalse(new Registrant("A", null, null, "NGO", "a.b+c@mail.example.bg", null, "bg").problems().containsKey("email"));
    }

    @Test
    void nameAtTheLimitIsAccepted() {
        assertFalse(new Registrant("x".repeat(Registration.NAME_LENGTH), null, null, "NGO", "a@b.bg", null, "bg")
                .problems().containsKey("name"));
    }

    @Test
    void mailsAreInBulgarianForBulgarianReadersAndInEnglishOtherwise() {
        assertEquals("bg", Registrant.mailLanguage("bg"));
        assertEquals("en", Registrant.mailLanguage("en"));
        assertEquals("en", Registrant.mailLanguage("ar"));
    }
}
