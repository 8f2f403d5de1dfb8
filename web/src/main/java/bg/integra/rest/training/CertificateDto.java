package bg.integra.rest.training;

import bg.integra.training.Certificate;
import bg.integra.training.Course;

import java.time.LocalDate;

/**
 * A certificate as its verification shows it: whether it holds, to whom (the name only, none for a deleted
 * account), for which course, how many hours, since when, and why it was revoked.
 *
 * @param status         VALID or REVOKED
 * @param learnerName    the name it was issued to, null when the account has been deleted
 * @param deletedAccount whether it was issued to an account since deleted
 * @param credential     where its signed Open Badges credential is (null once revoked)
 */
public record CertificateDto(String code, String status, String learnerName, boolean deletedAccount,
                             CourseRef course, int hours, LocalDate issuedOn, LocalDate revokedOn,
                             String revokedReason, String verificationPage, String credential) {

    /** The course: its id for {@code /api/v1/courses/{id}}, its address and its title in the language asked for. */
    public record CourseRef(long id, String slug, String title, String textLanguage) {
    }

    static CertificateDto of(Certificate c, String lang, String site) {
        Course course = c.getCourse();
        String page = site + "/certificates/" + c.getCode();
        return new CertificateDto(c.getCode(), c.isRevoked() ? "REVOKED" : "VALID", c.getLearnerName(),
                c.isIssuedToDeletedAccount(),
                new CourseRef(course.getId(), course.getSlug(), course.title(lang), course.textLanguage(lang)),
                c.getHours(), c.getIssuedOn(), c.getRevokedOn(), c.getRevokedReason(), page,
                c.isRevoked() ? null : page + "/credential.jwt");
    }
}
