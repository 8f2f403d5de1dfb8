package bg.integra.it.training;

import bg.integra.account.Role;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.CertificateSeeds;
import bg.integra.testsupport.ForumSeeds;
import bg.integra.testsupport.PersonalDataSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.TrainingSeeds;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsModerator;
import bg.integra.testsupport.runas.AsTrainer;
import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.training.Learning;
import bg.integra.training.Progress;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Certificates inside the server: issued once, when the completion rule is first met (also when the last lesson is
 * opened twice at once), with the name and hours of that moment; revoked only by a trainer of the course's
 * organisation or an administrator, with a reason, in the audit trail; and a learner's deletion removes the name
 * and the lessons viewed but keeps the certificate verifiable, while the export lists it.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateServicesIT {

    @Inject CertificateSeeds seeds;
    @Inject TrainingSeeds training;
    @Inject Certificates certificates;
    @Inject Learning learning;
    @Inject PortalAccountService portalAccounts;
    @Inject TestData data;
    @Inject AttendanceSeeds organisations;
    @Inject PersonalDataSeeds audit;
    @Inject AsTrainer trainer;
    @Inject AsAdministrator admin;
    @Inject AsModerator moderator;

    private CertificateSeeds.Completed enrolled(String prefix) {
        String tag = TestData.unique(prefix).toLowerCase();
        return seeds.enrolled(tag, data.organisation("Орг " + tag));
    }

    @Test
    void issuedOnceWhenTheLastLessonIsViewedWithTheNameAndHoursOfThatMoment() throws Exception {
        CertificateSeeds.Completed seeded = enrolled("iss");
        long learner = seeded.learner().getId();
        learning.view(learner, seeded.lessons().get(0));
        assertTrue(seeds.certificatesOf(seeded.enrolmentId()).isEmpty(), "no certificate before the course is completed");
        assertTrue(certificates.ofEnrolment(seeded.enrolmentId()).isEmpty());

        // the last lesson opened in two tabs at once: one completion, one certificate
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Progress>> views = List.of(
                    pool.submit(() -> { start.await(); return learning.view(learner, seeded.lessons().get(1)); }),
                    pool.submit(() -> { start.await(); return learning.view(learner, seeded.lessons().get(1)); }));
            start.countDown();
            for (Future<Progress> view : views) assertTrue(view.get().isCompleted());
        } finally {
            pool.shutdownNow();
        }
        learning.view(learner, seeded.lessons().get(0)); // again, after the completion
        List<Certificate> issued = seeds.certificatesOf(seeded.enrolmentId());
        assertEquals(1, issued.size(), "one certificate per enrolment");
        Certificate certificate = issued.get(0);
        assertTrue(certificate.getCode().matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}){2}"),
                certificate.getCode());
        assertEquals(seeded.learner().getDisplayName(), certificate.getLearnerName());
        assertEquals(seeded.course().getHours(), certificate.getHours());
        assertFalse(certificate.isRevoked());
        assertEquals(certificate.getId(), certificates.find(certificate.getCode().toLowerCase()).orElseThrow().getId());
        assertEquals(1, audit.auditRows("CERTIFICATE", certificate.getId()).size(), "its issue is in the audit trail");
    }

    @Test
    void revokedWithAReasonOnlyByTheCoursesTrainersOrAnAdministrator() {
        String tag = TestData.unique("rev").toLowerCase();
        CertificateSeeds.Completed own = seeds.enrolled(tag, organisations.organisationOf(AsTrainer.USERNAME, Role.TRAINER));
        seeds.complete(own);
        Certificate certificate = seeds.certificatesOf(own.enrolmentId()).get(0);
        CertificateSeeds.Completed other = enrolled("rev-o");
        seeds.complete(other);
        Certificate othersCertificate = seeds.certificatesOf(other.enrolmentId()).get(0);

        assertRefused(() -> certificates.revoke(certificate.getId(), "Без роля"));
        assertRefused(() -> moderator.call(() -> certificates.revoke(certificate.getId(), "Модератор")));
        assertFails(NotFoundException.class, () -> trainer.call(() -> certificates.revoke(othersCertificate.getId(), "Чужд")));
        assertFails(NotFoundException.class, () -> trainer.call(() -> certificates.ofCourse(other.course().getId(), new PageRequest(0, 10))));
        InvalidInputException blank = assertFails(InvalidInputException.class,
                () -> trainer.call(() -> certificates.revoke(certificate.getId(), "  ")));
        assertTrue(blank.fields().containsKey("reason"));
        assertFails(InvalidInputException.class, () -> trainer.call(() -> certificates.revoke(certificate.getId(), "x".repeat(501))));
        assertFalse(seeds.certificatesOf(own.enrolmentId()).get(0).isRevoked(), "nothing stored by a refusal");

        assertEquals(List.of(certificate.getId()), trainer.call(() -> certificates.ofCourse(own.course().getId(), new PageRequest(0, 10)))
                .items().stream().map(Certificate::getId).toList());
        trainer.call(() -> certificates.revoke(certificate.getId(), "Издаден по грешка"));
        trainer.call(() -> certificates.revoke(certificate.getId(), "Втори път"));
        Certificate revoked = seeds.certificatesOf(own.enrolmentId()).get(0);
        assertTrue(revoked.isRevoked());
        assertEquals("Издаден по грешка", revoked.getRevokedReason(), "a revocation is final");
        assertEquals(AsTrainer.USERNAME, revoked.getRevokedBy());
        List<String> rows = audit.auditRows("CERTIFICATE", certificate.getId());
        assertEquals(1, rows.stream().filter(r -> r.contains(" REVOKE ")).count(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(AsTrainer.USERNAME + " REVOKE") && r.contains("Издаден по грешка")), rows.toString());

        admin.call(() -> certificates.revoke(othersCertificate.getId(), "Администратор"));
        assertTrue(seeds.certificatesOf(other.enrolmentId()).get(0).isRevoked(), "an administrator revokes any");
    }

    @Test
    void aDeletedLearnersCertificateStaysVerifiableWithoutTheName() {
        CertificateSeeds.Completed seeded = enrolled("del");
        seeds.complete(seeded);
        Certificate certificate = seeds.certificatesOf(seeded.enrolmentId()).get(0);
        String export = portalAccounts.export(seeded.learner().getId());
        assertTrue(export.contains("\"courses\"") && export.contains(certificate.getCode()), export);
        assertTrue(export.contains("\"courseSlug\": \"" + seeded.course().getSlug() + "\""), export);

        portalAccounts.delete(seeded.learner().getId(), ForumSeeds.PASSWORD);
        Certificate after = certificates.find(certificate.getCode()).orElseThrow();
        assertTrue(after.isIssuedToDeletedAccount());
        assertNull(after.getLearnerName(), "the name is gone with the account");
        assertFalse(after.isRevoked(), "still a valid certificate");
        assertEquals(certificate.getHours(), after.getHours());
        assertEquals(0, training.views(seeded.enrolmentId()), "the lessons viewed are gone; the completion stays, nameless");
        assertEquals(0, audit.auditRowsContaining(seeded.learner().getDisplayName()), "the trail keeps no name either");
    }
}
