package bg.integra.it.training;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A certificate from outside, as an employer checks it: the verification page (by the code as printed or typed, and
 * an unknown code), the PDF (its words, the funding statement and a QR code that leads back to the page), the signed
 * Open Badges credential checked with the key published at /.well-known/jwks.json, the API's answer, and what a
 * revocation changes in each.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CertificatePagesIT {

    private final Http anonymous = new Http();

    private JsonObject seed(boolean revoked) {
        HttpResponse<String> r = anonymous.postForm("/test-support/certificates", Map.of("revoked", Boolean.toString(revoked)));
        assertEquals(200, r.statusCode(), r::body);
        return Http.json(r);
    }

    @Test
    void theVerificationPageConfirmsTheCertificateHoweverTheCodeIsTyped() {
        JsonObject seed = seed(false);
        String code = seed.getString("code");
        HttpResponse<String> page = anonymous.get("/certificates/" + code);
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains(Bundles.text("bg", "training.cert.valid")), page::body);
        assertTrue(page.body().contains(seed.getString("learnerName")), "the name it was issued to");
        assertTrue(page.body().contains(seed.getString("courseTitle")));
        assertTrue(page.body().contains("/certificates/" + code + "/certificate.pdf"));
        assertFalse(page.body().contains("@forum.test"), "no more personal data than the name");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "a revocation shows at once");

        String typed = code.toLowerCase(Locale.ROOT).replace("-", "");
        HttpResponse<String> fromForm = anonymous.get("/certificates?code=" + typed + "&lang=en");
        assertEquals(200, fromForm.statusCode());
        assertTrue(fromForm.body().contains(Bundles.text("en", "training.cert.valid")), fromForm::body);
        assertTrue(fromForm.body().contains(seed.getString("courseTitleEn")), "the course in the page's language");

        HttpResponse<String> unknown = anonymous.get("/certificates/ZZZZ-ZZZZ-ZZZZ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains(Bundles.text("bg", "training.cert.unknown")), "the page says so, with the form");
        assertTrue(unknown.body().contains("name=\"code\""));
        assertEquals(404, anonymous.get("/certificates/%3Cscript%3E").statusCode(), "not a code at all");
        assertEquals(200, anonymous.get("/certificates").statusCode(), "the form alone");
    }

    @Test
    void thePdfSaysWhoCompletedWhatWithTheFundingStatementAndItsQrCodeLeadsToThePage() throws Exception {
        JsonObject seed = seed(false);
        String code = seed.getString("code");
        HttpResponse<byte[]> r = anonymous.getBytes("/certificates/" + code + "/certificate.pdf");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(seed.getString("learnerName")), text);
            assertTrue(text.contains(seed.getString("courseTitle")), text);
            assertTrue(text.contains(seed.getInt("hours") + " учебни часа"), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains(seed.getString("projectTitle")) && text.contains(seed.getString("contractNumber")),
                    "the funding statement names the course's project and contract: " + text);
            assertEquals(anonymous.baseUrl() + "/certificates/" + code, qr(pdf), "the QR code leads to the page");
        }
        HttpResponse<byte[]> english = anonymous.getBytes("/certificates/" + code + "/certificate.pdf?lang=en");
        try (PDDocument pdf = Loader.loadPDF(english.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("CERTIFICATE") && text.contains(seed.getString("courseTitleEn")), text);
        }
    }

    @Test
    void theCredentialIsAnOpenBadgeSignedWithThePublishedKey() throws Exception {
        JsonObject seed = seed(false);
        String code = seed.getString("code");
        HttpResponse<String> r = anonymous.get("/certificates/" + code + "/credential.jwt");
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/jwt"));
        SignedJWT jwt = SignedJWT.parse(r.body());
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());

        HttpResponse<String> jwks = anonymous.get("/.well-known/jwks.json");
        assertEquals(200, jwks.statusCode());
        JWKSet keys = JWKSet.parse(jwks.body());
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && !key.isPrivate(), "the published key is the signing key's public half only");
        assertTrue(jwt.verify(new ECDSAVerifier(key)), "the signature holds with the published key");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        String page = anonymous.baseUrl() + "/certificates/" + code;
        assertEquals(page, claims.getJWTID());
        assertEquals(anonymous.baseUrl() + "/", claims.getIssuer());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaim("type"));
        assertTrue(claims.getNotBeforeTime() != null);
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
        assertEquals(seed.getString("learnerName"), identity.get("identityHash"));
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertEquals(seed.getString("courseTitleEn"), achievement.get("name"));

        SignedJWT tampered = SignedJWT.parse(r.body().substring(0, r.body().lastIndexOf('.')) + "."
                + SignedJWT.parse(anonymous.get("/certificates/" + seed(false).getString("code") + "/credential.jwt").body())
                .getSignature());
        assertFalse(tampered.verify(new ECDSAVerifier(key)), "another credential's signature does not hold");
    }

    @Test
    void theApiAnswersTheVerificationAndAnUnknownCodeIsAProblem() {
        JsonObject seed = seed(false);
        String code = seed.getString("code");
        HttpResponse<String> r = anonymous.get("/api/v1/certificates/" + code.toLowerCase(Locale.ROOT) + "?lang=en");
        assertEquals(200, r.statusCode(), r::body);
        JsonObject answer = Http.json(r);
        assertEquals(code, answer.getString("code"));
        assertEquals("VALID", answer.getString("status"));
        assertEquals(seed.getString("learnerName"), answer.getString("learnerName"));
        assertFalse(answer.getBoolean("deletedAccount"));
        assertEquals(seed.getJsonNumber("courseId").longValue(), answer.getJsonObject("course").getJsonNumber("id").longValue());
        assertEquals(seed.getString("courseTitleEn"), answer.getJsonObject("course").getString("title"));
        assertTrue(answer.getString("credential").endsWith("/certificates/" + code + "/credential.jwt"));

        assertProblem(anonymous.get("/api/v1/certificates/ZZZZ-ZZZZ-ZZZZ"), 404);
        assertProblem(anonymous.get("/api/v1/certificates/nonsense"), 404);
        assertProblem(anonymous.get("/api/v1/certificates/" + code + "?lang=xx"), 400);
        assertTrue(anonymous.get("/openapi").body().contains("/api/v1/certificates/{code}"), "in the OpenAPI document");
    }

    @Test
    void aRevokedCertificateSaysSoWithItsReasonAndHasNoFiles() {
        JsonObject seed = seed(true);
        String code = seed.getString("code");
        HttpResponse<String> page = anonymous.get("/certificates/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Bundles.text("bg", "training.cert.revoked")), page::body);
        assertTrue(page.body().contains(seed.getString("reason")));
        assertFalse(page.body().contains("/certificate.pdf"), "no file to print or share");
        assertEquals(410, anonymous.getBytes("/certificates/" + code + "/certificate.pdf").statusCode());
        assertEquals(410, anonymous.get("/certificates/" + code + "/credential.jwt").statusCode());
        JsonObject answer = Http.json(anonymous.get("/api/v1/certificates/" + code));
        assertEquals("REVOKED", answer.getString("status"));
        assertEquals(seed.getString("reason"), answer.getString("revokedReason"));
        assertFalse(answer.containsKey("credential"), "no credential for a revoked certificate");
    }

    private static String qr(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
    }
}
