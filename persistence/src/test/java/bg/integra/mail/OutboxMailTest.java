package bg.integra.mail;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.*;

class OutboxMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 15, 0);

    @Test
    void aNewMailIsDueAtOnceAndKeepsTheAddressInLowerCase() {
        OutboxMail mail = new OutboxMail("  Maria@Example.BG ", "Тема", "Текст", "REGISTRATION_CONFIRMED", NOW);
        assertEquals("maria@example.bg", mail.getRecipient());
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(NOW, mail.getNextAttemptAt());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNotCut() {
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxMail("a@b.bg", "x".repeat(OutboxMail.SUBJECT_LENGTH + 1), "Текст", "K", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new OutboxMail("a@b.bg", "Тема", "x".repeat(OutboxMail.BODY_LENGTH + 1), "K", NOW));
        assertThrows(NullPointerException.class, () -> new OutboxMail(null, "Тема", "Текст", "K", NOW));
    }

    @Test
    void aFailureCountsAndSetsTheNextAttemptAndAGiveUpEndsIt() {
        OutboxMail mail = new OutboxMail("a@b.bg", "Тема", "Текст", "K", NOW);
        mail.failed("MailConnectException: refused", NOW.plusMinutes(1), false);
        assertEquals(1, mail.getAttempts());
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(NOW.plusMinutes(1), mail.getNextAttemptAt());
        assertEquals("MailConnectException: refused", mail.getLastError());

        mail.failed("e".repeat(2000), NOW.plusDays(3), true);
        assertEquals(2, mail.getAttempts());
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(OutboxMail.ERROR_LENGTH, mail.getLastError().length());
    }

    @Test
    void aSentMailForgetsItsLastError() {
        OutboxMail mail = new OutboxMail("a@b.bg", "Тема", "Текст", "K", NOW);
        mail.failed("refused", NOW.plusMinutes(1), false);
        mail.sent(NOW.plusMinutes(2));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusMinutes(2), mail.getSentAt());
        assertNull(mail.getLastError());
        assertNull(mail.getClaimedUntil());
    }
}
