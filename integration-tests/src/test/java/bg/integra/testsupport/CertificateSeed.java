package bg.integra.testsupport;

import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * POST /test-support/certificates: a learner who has completed a course of a project (see {@link CertificateSeeds}),
 * with the certificate the service issued; {@code revoked=true} has an administrator revoke it. Answers the code, the
 * learner's name, the course's id and titles, and the project's title and contract number.
 */
@ApplicationScoped
public class CertificateSeed implements Seed {

    static final String REASON = "Издаден по грешка";

    @Inject
    private CertificateSeeds seeds;

    @Inject
    private AttendanceSeeds organisations;

    @Inject
    private TestData data;

    @Inject
    private Certificates certificates;

    @Inject
    private AsAdministrator admin;

    @Override
    public String path() {
        return "certificates";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("crt").toLowerCase();
        CertificateSeeds.Completed seeded = seeds.enrolled(tag, data.organisation("Сертифицираща организация " + tag));
        seeds.complete(seeded);
        Certificate certificate = seeds.certificatesOf(seeded.enrolmentId()).get(0);
        if (params.flag("revoked", false)) admin.run(() -> certificates.revoke(certificate.getId(), REASON));
        return Json.createObjectBuilder()
                .add("code", certificate.getCode())
                .add("certificateId", certificate.getId())
                .add("learnerName", seeded.learner().getDisplayName())
                .add("courseId", seeded.course().getId())
                .add("courseSlug", seeded.course().getSlug())
                .add("courseTitle", seeded.course().title("bg"))
                .add("courseTitleEn", seeded.course().title("en"))
                .add("hours", seeded.course().getHours())
                .add("projectTitle", seeded.project().text("bg").getTitle())
                .add("contractNumber", seeded.project().getContractNumber().toString())
                .add("reason", REASON)
                .build();
    }
}
