package bg.integra.web.admin.training;

import bg.integra.common.Languages;
import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.training.Course;
import bg.integra.training.CourseEditing;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/training/certificates.xhtml: a course's certificates, newest first, paged in the database, each with its
 * public verification page; a trainer revokes one with a reason, which the verification page, the API and the
 * audit trail then show.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    @Inject
    private CourseEditing courses;

    @Inject
    private Certificates certificates;

    private Long id;
    private boolean loaded;
    private Course course;
    /** The certificate being revoked, until the reason is confirmed or the form closed. */
    private Long revoking;
    private String revokingCode;
    private String reason;

    private final PagedModel<Certificate> model = PagedModel.of(request -> certificates.ofCourse(id, request), Certificate::getId);

    public void load() {
        if (loaded) return;
        loaded = true;
        course = courses.get(id); // missing or another organisation's: the 404 page
    }

    public void startRevoking(Certificate certificate) {
        revoking = certificate.getId();
        revokingCode = certificate.getCode();
        reason = null;
    }

    public void cancel() {
        revoking = null;
        revokingCode = null;
        reason = null;
    }

    public void revoke() {
        try {
            certificates.revoke(revoking, reason);
            FacesMessages.info("trn.cert.revokedDone", revokingCode);
            cancel();
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, field -> "revoke:" + field);
        }
    }

    public String getTitle() { return course.title(Languages.DEFAULT); }
    public PagedModel<Certificate> getModel() { return model; }
    public boolean isRevoking() { return revoking != null; }
    public String getRevokingCode() { return revokingCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getReasonLength() { return Certificate.REASON_LENGTH; }
    public Long getId() { return id; }
    public void setId(Long id) { if (!loaded) this.id = id; }
}
