package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MailSettingsTest {

    @Test
    void readsTheServerAndTheSenderAndDropsATrailingSlashOfTheSiteAddress() {
        MailSettings s = MailSettings.of(Map.of("INTEGRA_SMTP_HOST", "smtp.example.bg", "INTEGRA_SMTP_PORT", "2525",
                "INTEGRA_MAIL_FROM", "noreply@example.bg", "INTEGRA_PUBLIC_URL", "https://integra.example.bg/",
                "INTEGRA_SMTP_USER", "u", "INTEGRA_SMTP_PASSWORD", "secret-pw"));
        assertTrue(s.isConfigured());
        assertEquals(2525, s.port());
        assertEquals("https://integra.example.bg", s.publicUrl());
        assertEquals("smtp.example.bg", s.properties().getProperty("mail.smtp.host"));
        assertEquals("true", s.properties().getProperty("mail.smtp.auth"));
        assertFalse(s.toString().contains("secret-pw"));
    }

    @Test
    void withoutAHostNothingIsSent() {
        MailSettings s = MailSettings.of(Map.of());
        assertFalse(s.isConfigured());
        assertEquals(25, s.port());
        assertEquals("http://localhost:8080", s.publicUrl());
    }
}
