package bg.integra.training;

import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.common.Region;
import bg.integra.portalaccount.PortalAccount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A certificate's code as people type it, its revocation, and its credential's claims (Open Badges 3.0, §8.2). */
class CertificatesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);

    @Test
    void aCodeIsFoundHoweverItIsTyped() {
        assertEquals("K7QM-2W4D-TR8X", Certificates.normalised("K7QM-2W4D-TR8X"));
        assertEquals("K7QM-2W4D-TR8X", Certificates.normalised("k7qm 2w4d tr8x"));
        assertEquals("K7QM-2W4D-TR8X", Certificates.normalised(" K7QM2W4DTR8X "));
        assertNull(Certificates.normalised("K7QM-2W4D-TR8"), "too short");
        assertNull(Certificates.normalised("K7QM-2W4D-TR80"), "0 is not in the alphabet");
        assertNull(Certificates.normalised("K7QM-2W4D-TR8X'--"), "nothing but the code's letters");
        assertNull(Certificates.normalised(null));
        assertNull(Certificates.normalised("K".repeat(41)));
    }

    @Test
    void revokedOnceWithItsReason() {
        Certificate certificate = certificate("Мария Иванова");
        assertTrue(certificate.revoke(LocalDate.of(2026, 12, 8), "Issued by mistake", "trainer"));
        assertFalse(certificate.revoke(LocalDate.of(2026, 12, 9), "Again", "admin"), "a revocation is final");
        assertEquals(LocalDate.of(2026, 12, 8), certificate.getRevokedOn());
        assertEquals("Issued by mistake", certificate.getRevokedReason());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCredentialIsAnOpenBadgeNamingTheLearnerAndTheCourse() {
        Map<String, Object> claims = Credentials.claims(certificate("Мария Иванова"), "https://integra.example");
        assertEquals(List.of(Credentials.VC_CONTEXT, Credentials.OB_CONTEXT), claims.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.get("type"));
        assertEquals("https://integra.example/certificates/K7QM-2W4D-TR8X", claims.get("id"));
        assertEquals(claims.get("id"), claims.get("jti"));
        assertEquals("https://integra.example/", claims.get("iss"));
        assertEquals("https://integra.example/", ((Map<String, Object>) claims.get("issuer")).get("id"));
        assertEquals("2026-12-07T00:00:00Z", claims.get("validFrom"));
        assertEquals(LocalDate.of(2026, 12, 7).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC), claims.get("nbf"));
        Map<String, Object> subject = (Map<String, Object>) claims.get("credentialSubject");
        Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
        assertEquals("name", identity.get("identityType"));
        assertEquals("Мария Иванова", identity.get("identityHash"));
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertEquals("Intercultural competences", achievement.get("name"), "English, which a foreign verifier reads");
        assertEquals("https://integra.example/training/intercultural", achievement.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeletedAccountsCredentialNamesNobody() {
        Map<String, Object> claims = Credentials.claims(certificate(null), "https://integra.example");
        assertFalse(((Map<String, Object>) claims.get("credentialSubject")).containsKey("identifier"));
    }

    private static Certificate certificate(String name) {
        Organisation organisation = new Organisation("Център Марица", OrganisationKind.NGO, Region.HASKOVO);
        Course course = new Course("intercultural", organisation, CourseAudience.PROFESSIONALS, CourseTopic.INTERCULTURAL, 8,
                Map.of("bg", new CourseText("Междукултурни компетентности", null, "Осем учебни часа."),
                        "en", new CourseText("Intercultural competences", "Communication in the 21st century", "Eight hours.")));
        PortalAccount account = PortalAccount.signUp("maria@example.org", "maria", "Мария Иванова", "bg", "hash", "key", NOW);
        return new Certificate("K7QM-2W4D-TR8X", new Enrolment(course, account, NOW.minusDays(3)), name, NOW.toLocalDate());
    }
}
