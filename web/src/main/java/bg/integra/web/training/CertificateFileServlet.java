package bg.integra.web.training;

import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.training.Credentials;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A certificate's files, routed here by {@code PortalRoutingFilter}: {@code /certificates/{code}/certificate.pdf}
 * (the PDF to print, in the page's language where its font can write it) and {@code /certificates/{code}/credential.jwt}
 * (the Open Badges credential, signed, for a wallet or a verifier). Anyone with the code may have them: they show
 * what the verification page shows. An unknown code is 404; a revoked certificate is 410, with no file.
 */
@WebServlet("/certificate-file")
public class CertificateFileServlet extends HttpServlet {

    static final String PDF = "pdf";
    static final String CREDENTIAL = "jwt";

    @Inject
    private Certificates certificates;

    @Inject
    private Credentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Certificate> found = certificates.find(request.getParameter("code"));
        String format = request.getParameter("format");
        if (found.isEmpty() || !(PDF.equals(format) || CREDENTIAL.equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Certificate certificate = found.get();
        if (certificate.isRevoked()) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        String site = HttpValidation.baseUrl(request);
        byte[] body;
        if (PDF.equals(format)) {
            body = CertificatePdf.render(certificate, PortalLanguage.of(request), site + CertificateBacking.path(certificate));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"certificate-" + certificate.getCode() + ".pdf\"");
        } else {
            Optional<String> jwt = credentials.of(certificate.getCode(), site);
            if (jwt.isEmpty()) { // revoked since it was read
                response.sendError(HttpServletResponse.SC_GONE);
                return;
            }
            body = jwt.get().getBytes(StandardCharsets.US_ASCII);
            response.setContentType("application/jwt");
        }
        // the name on it may be removed (a deleted account) or the certificate revoked: not kept by caches
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }
}
