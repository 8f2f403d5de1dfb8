package bg.integra.web.training;

import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.web.common.HttpValidation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * /certificates/{code} (and /certificates?code=… from its form): whether a certificate is valid, revoked or unknown,
 * for an employer or an institution holding a printed or shared certificate. It shows the learner's name and
 * nothing else about them (a deleted account's certificate names nobody), the course, its hours and the date, and
 * links to the PDF and the signed credential. An unknown code answers 404 with the form to try again. Never kept by
 * the page cache: a revocation shows at once.
 */
@Named
@RequestScoped
public class CertificateBacking extends TrainingPage {

    @Inject
    private Certificates certificates;

    private String code;
    private Certificate certificate;

    public void load() {
        HttpServletResponse response = response(); // no-store: a revocation, a deleted account's name show at once
        if (!isAsked()) return;
        certificate = certificates.find(code).orElse(null);
        if (certificate == null) response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public boolean isAsked() { return code != null && !code.isBlank(); }
    public boolean isFound() { return certificate != null; }
    public Certificate getCertificate() { return certificate; }

    /** The learner's name, or the words for a deleted account. */
    public String getLearner() {
        return certificate.isIssuedToDeletedAccount() ? text("training.cert.deletedAccount") : certificate.getLearnerName();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(date);
    }

    public String getPdfHref() { return language.href(path(certificate) + "/certificate.pdf"); }

    public String getCredentialHref() { return request.getContextPath() + path(certificate) + "/credential.jwt"; }

    /** The page's own address, to share or print. */
    public String getAddress() { return HttpValidation.baseUrl(request) + path(certificate); }

    public String getAction() { return language.href("/certificates"); }

    static String path(Certificate certificate) {
        return "/certificates/" + certificate.getCode();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
