package bg.integra.registration;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

class RegistrationMailsTest {

    private static RegistrationMail mail(RegistrationMail.Kind kind, String lang) {
        return new RegistrationMail(kind, "maria@example.bg", "Мария", lang, "Семинар в Хасково",
                LocalDateTime.of(2027, 6, 11, 10, 0), "Зала „Съединение“", "Хасково", "tok-en_123");
    }

    @Test
    void bulgarianMailNamesThePersonTheEventTheTimeAndTheCancelLink() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the server's locale must not turn a Bulgarian mail English
        try {
            var text = RegistrationMails.compose(mail(RegistrationMail.Kind.CONFIRMED, "bg"), "https://integra.example");
            assertEquals("Регистрацията Ви е потвърдена: Семинар в Хасково", text.subject());
            assertTrue(text.body().startsWith("Здравейте, Мария,"), text.body());
            assertTrue(text.body().contains("11 юни 2027 г., 10:00 ч."), text.body());
            assertTrue(text.body().contains("Зала „Съединение“, Хасково"), text.body());
            assertTrue(text.body().contains("https://integra.example/registrations/cancel/tok-en_123?lang=bg"), text.body());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishMailsSayWhatHappened() {
        var waitlisted = RegistrationMails.compose(mail(RegistrationMail.Kind.WAITLISTED, "en"), "http://x");
        assertTrue(waitlisted.subject().startsWith("You are on the waiting list"), waitlisted.subject());
        assertTrue(waitlisted.body().contains("11 June 2027, 10:00"), waitlisted.body());
        var promoted = RegistrationMails.compose(mail(RegistrationMail.Kind.PROMOTED, "en"), "http://x");
        assertTrue(promoted.subject().startsWith("A place has become free"), promoted.subject());
        assertTrue(promoted.body().contains("http://x/registrations/cancel/tok-en_123?lang=en"), promoted.body());
        assertFalse(promoted.body().contains("{"), promoted.body());
    }
}
