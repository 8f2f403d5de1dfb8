package bg.integra.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MailRetryTest {

    private static final MailRetry MINUTE = new MailRetry(Duration.ofSeconds(60));

    @Test
    void theWaitDoublesAfterEachFailureFromTheBase() {
        assertEquals(Duration.ZERO, MINUTE.delayAfter(0));
        assertEquals(Duration.ofMinutes(1), MINUTE.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), MINUTE.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), MINUTE.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), MINUTE.delayAfter(6));
    }

    @Test
    void theWaitIsNeverMoreThanAnHourHoweverManyFailures() {
        assertEquals(Duration.ofHours(1), MINUTE.delayAfter(7)); // 64 minutes, capped
        assertEquals(Duration.ofHours(1), MINUTE.delayAfter(100));
        assertEquals(Duration.ofHours(1), MINUTE.delayAfter(Integer.MAX_VALUE));
        assertEquals(Duration.ofHours(1), new MailRetry(Duration.ofHours(3)).delayAfter(1));
        assertEquals(Duration.ofSeconds(8), new MailRetry(Duration.ofSeconds(1)).delayAfter(4));
    }

    @Test
    void theBaseComesFromTheEnvironmentAndAWrongValueIsTheDefault() {
        assertEquals(Duration.ofSeconds(60), MailRetry.of(Map.of()).base());
        assertEquals(Duration.ofSeconds(1), MailRetry.of(Map.of("INTEGRA_MAIL_RETRY_SECONDS", " 1 ")).base());
        assertEquals(Duration.ofSeconds(60), MailRetry.of(Map.of("INTEGRA_MAIL_RETRY_SECONDS", "0")).base());
        assertEquals(Duration.ofSeconds(60), MailRetry.of(Map.of("INTEGRA_MAIL_RETRY_SECONDS", "-5")).base());
        assertEquals(Duration.ofSeconds(60), MailRetry.of(Map.of("INTEGRA_MAIL_RETRY_SECONDS", "1m")).base());
        assertThrows(IllegalArgumentException.class, () -> new MailRetry(Duration.ZERO));
    }

    @Test
    void aMailIsGivenUpOnThreeDaysAfterItWasStored() {
        LocalDateTime stored = LocalDateTime.of(2026, 12, 7, 10, 0);
        assertFalse(MINUTE.givesUp(stored, stored.plusDays(3).minusSeconds(1)));
        assertTrue(MINUTE.givesUp(stored, stored.plusDays(3)));
        assertTrue(MINUTE.givesUp(stored, stored.plusDays(10)));
    }

    @Test
    void anErrorIsOneShortLineWithItsCause() {
        var e = new jakarta.mail.MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525;\n timeout -1",
                new java.net.ConnectException("Connection refused"));
        assertEquals("MessagingException: Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1"
                + " (ConnectException: Connection refused)", MailSender.describe(e));
        assertEquals(OutboxMail.ERROR_LENGTH, MailSender.describe(new RuntimeException("x".repeat(2000))).length());
    }
}
