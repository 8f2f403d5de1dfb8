package bg.integra.it.mail;

import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.mail.MailOutbox;
import bg.integra.mail.OutboxMail;
import bg.integra.registration.Registrant;
import bg.integra.registration.RegistrationService;
import bg.integra.testsupport.MailSeeds;
import bg.integra.testsupport.PersonalDataSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.RolledBack;
import jakarta.ejb.EJBTransactionRequiredException;
import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The mail outbox inside the server: a mail is stored only in its caller's transaction and goes with it when that
 * rolls back; a mail is claimed by one sender at a time; old mails are purged; only administrators see the list. (A mail server that is down, and
 * many registrations at once, are in RegistrationIT and RegistrationConcurrencyIT.)
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Inject
    MailOutbox outbox;

    @Inject
    MailSeeds mails;

    @Inject
    RegistrationService registrations;

    @Inject
    PersonalDataSeeds seeds;

    @Inject
    TestData data;

    @Inject
    RolledBack rolledBack;

    @Inject
    AsAdministrator admin;

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE).withNano(0);
    }

    private Registrant person(String email) {
        return new Registrant("Елена Петрова", null, null, "NGO", email, null, "bg");
    }

    @Test
    void aRolledBackRegistrationLeavesNoMailAndACommittedOneExactlyOne() {
        String tag = TestData.unique("m");
        Event event = seeds.event("mail-" + tag, data.project(data.organisation("Сдружение " + tag), "Проект " + tag, null),
                now().plusDays(10));
        String rolledBackMail = "rolled-" + tag + "@example.org";
        rolledBack.run(() -> registrations.register(event.getId(), person(rolledBackMail), true, RegistrationService.CONSENT_VERSION));
        assertEquals(List.of(), mails.mails(rolledBackMail), "the registration and its mail went together");

        // the same registration committed leaves its mail: the check above could not pass for want of enqueuing
        String committed = "committed-" + tag + "@example.org";
        registrations.register(event.getId(), person(committed), true, RegistrationService.CONSENT_VERSION);
        List<Object[]> stored = mails.mails(committed);
        assertEquals(1, stored.size());
        assertEquals("REGISTRATION_CONFIRMED", stored.get(0)[0]);
    }

    @Test
    void aMailIsStoredOnlyInsideItsCallersTransaction() {
        String to = "alone-" + TestData.unique("m") + "@example.org";
        assertThrows(EJBTransactionRequiredException.class, () -> outbox.enqueue(to, "Тема", "Текст", "TEST"));
        assertEquals(List.of(), mails.mails(to));
    }

    @Test
    void oneSenderAtATimeHoldsAMail() {
        long id = mails.mail("claim-" + TestData.unique("m") + "@example.org", "PENDING", now(), null);
        OutboxMail mine = outbox.claim(id);
        assertNotNull(mine);
        assertEquals(id, mine.getId().longValue());
        assertNull(outbox.claim(id), "claimed already: the fast path and the timer never both send it");
        outbox.sent(id);
        assertNull(outbox.claim(id), "sent: nothing more to do");
        assertNull(outbox.claim(Long.MAX_VALUE), "gone (erased or rolled back): nothing to send");
    }

    @Test
    void sentMailsGoAfterThirtyDaysOthersAfterNinety() {
        String tag = TestData.unique("m");
        LocalDateTime now = now();
        long oldSent = mails.mail("a-" + tag + "@example.org", "SENT", now.minusDays(32), now.minusDays(31));
        long recentSent = mails.mail("b-" + tag + "@example.org", "SENT", now.minusDays(40), now.minusDays(29));
        long oldFailed = mails.mail("c-" + tag + "@example.org", "FAILED", now.minusDays(91), null);
        long recentFailed = mails.mail("d-" + tag + "@example.org", "FAILED", now.minusDays(60), null);
        long oldPending = mails.mail("e-" + tag + "@example.org", "PENDING", now.minusDays(91), null);

        assertTrue(outbox.purge(now) >= 3);
        assertFalse(mails.exists(oldSent));
        assertTrue(mails.exists(recentSent));
        assertFalse(mails.exists(oldFailed));
        assertTrue(mails.exists(recentFailed));
        assertFalse(mails.exists(oldPending), "never attempted (no SMTP server) in 90 days");
    }

    @Test
    @RunAsClient
    void theOutboxPageIsForAdministratorsAndListsWhatWasNotSent() {
        String failed = "failed-" + TestData.unique("m") + "@example.org";
        assertEquals(200, new Http().postForm("/test-support/mail-outbox", Map.of("to", failed, "status", "FAILED")).statusCode());
        JsonObject seeded = Http.json(new Http().postForm("/test-support/editor", Map.of()));
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));
        assertEquals(404, coordinator.get("/admin/mail/").statusCode());
        assertEquals(404, coordinator.get("/admin/mail/index.xhtml").statusCode());
        assertFalse(BackOffice.text(coordinator.get("/admin/index.xhtml").body()).contains("Изходящи писма"));
        assertEquals(302, new Http().get("/admin/mail/").statusCode(), "anonymous visitors sign in first");

        BackOffice administrator = new BackOffice().signInAsAdmin();
        var page = administrator.get("/admin/mail/");
        assertEquals(200, page.statusCode());
        String text = BackOffice.text(page.body());
        assertTrue(text.contains("Изходящи писма"), text);
        assertTrue(page.body().contains("<span class=\"mail-recipient\">" + failed + "</span>"), "the newest failed mail is listed");
        assertTrue(page.body().contains("<span class=\"mail-status\">Неизпратено</span>"), text);
    }
}
