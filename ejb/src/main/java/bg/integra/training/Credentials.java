package bg.integra.training;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A certificate as an Open Badges 3.0 credential ({@code OpenBadgeCredential}, a W3C Verifiable Credential 2.0)
 * in the VC-JWT format of Open Badges 3.0 §8.2: the credential's members are the JWT's claims, with {@code iss}
 * (the issuer's id), {@code jti} (the credential's id: its verification page) and {@code nbf} (when it is valid
 * from), signed ES256 with {@link CredentialKeys}' key, whose id is the header's {@code kid}. The subject is named
 * by its name (an {@code IdentityObject} of type {@code name}, not hashed), the one personal datum the
 * verification page shows too; a deleted account's credential names nobody. It is signed when asked for, so that
 * it never carries a name the account has since removed; a revoked certificate has no credential.
 */
@Stateless
@PermitAll
public class Credentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** The credential's texts are in English where the course has it: the language a foreign verifier reads. */
    private static final String LANGUAGE = "en";

    @EJB
    private Certificates certificates;

    @EJB
    private CredentialKeys keys;

    /**
     * The signed credential of the certificate with that code, for a site at {@code siteUrl} (its address with no
     * slash at the end); empty for an unknown or revoked certificate.
     */
    public Optional<String> of(String code, String siteUrl) {
        return certificates.find(code).filter(c -> !c.isRevoked()).map(c -> sign(claims(c, siteUrl)));
    }

    static Map<String, Object> claims(Certificate certificate, String siteUrl) {
        Course course = certificate.getCourse();
        CourseText text = course.text(LANGUAGE);
        String id = siteUrl + "/certificates/" + certificate.getCode();
        String issuer = siteUrl + "/";
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", siteUrl + "/training/" + course.getSlug());
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", text.getTitle());
        achievement.put("description", text.getSummary() != null ? text.getSummary() : text.getTitle());
        achievement.put("criteria", Map.of("narrative", text.getCertificateText() != null ? text.getCertificateText()
                : "Every lesson of the course completed (" + certificate.getHours() + " hours)."));
        achievement.put("humanCode", certificate.getCode());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        if (!certificate.isIssuedToDeletedAccount()) {
            subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name",
                    "hashed", false, "identityHash", certificate.getLearnerName())));
        }
        subject.put("achievement", achievement);
        String validFrom = certificate.getIssuedOn().atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        claims.put("id", id);
        claims.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        claims.put("issuer", Map.of("id", issuer, "type", List.of("Profile"), "name", "Integra", "url", issuer));
        claims.put("validFrom", validFrom);
        claims.put("name", text.getTitle());
        claims.put("credentialSubject", subject);
        claims.put("iss", issuer);
        claims.put("jti", id);
        claims.put("nbf", certificate.getIssuedOn().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        ECKey key = keys.signing();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
        claims.forEach((name, value) -> set.claim(name, value));
        set.notBeforeTime(new Date((Long) claims.get("nbf") * 1000));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), set.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
        return jwt.serialize();
    }
}
