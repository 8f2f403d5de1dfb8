package bg.integra.registration;

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
