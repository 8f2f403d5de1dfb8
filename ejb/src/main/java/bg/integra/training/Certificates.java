package bg.integra.training;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.FieldProblem;
import bg.integra.common.Filtered;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Text;
import bg.integra.content.Content;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The certificates of completed courses: issued once per enrolment in the transaction that records the
 * completion, verified by anyone who has the code (the portal's page, the API, the PDF's QR code), signed as an
 * Open Badges credential ({@link Credentials}) and revoked by a trainer of the course's organisation with a
 * reason, which the audit trail keeps. Deleting a learner's account removes the name from their certificates
 * ({@link #forgetNames}); they stay verifiable as issued to a deleted account.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.TRAINER})
public class Certificates {

    /** A code as typed: the twelve characters, in either case, with or without the dashes and spaces. */
    private static final Pattern TYPED_CODE = Pattern.compile("[" + Certificate.ALPHABET + "]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CourseEditing courses;

    @Resource
    private SessionContext context;

    /**
     * The enrolment's certificate, issued now with the account's name and the course's hours if it has none. Called
     * by {@link Learning} when the completion rule is met, in its transaction, on the enrolment's locked row.
     */
    @PermitAll
    public Certificate issue(@NotNull Enrolment enrolment) {
        Optional<Certificate> existing = ofEnrolment(enrolment.getId());
        if (existing.isPresent()) return existing.get();
        PortalAccount account = enrolment.getAccount();
        Certificate certificate = new Certificate(newCode(), enrolment, account.getDisplayName(), LocalDate.now(Content.ZONE));
        em.persist(certificate);
        em.flush();
        audit.recordBy("portal:" + account.getHandle(), AuditAction.CREATE, certificate, AuditState.none());
        return certificate;
    }

    /** The certificate with the code as a person types it (case, dashes and spaces do not matter), with its course. */
    @PermitAll
    public Optional<Certificate> find(String typed) {
        String code = normalised(typed);
        if (code == null) return Optional.empty();
        Optional<Certificate> found = em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class)
                .setParameter("code", code).getResultStream().findFirst();
        found.ifPresent(c -> Outlines.summary(c.getCourse()));
        return found;
    }

    /** The certificate of an enrolment, if it has been issued. */
    @PermitAll
    public Optional<Certificate> ofEnrolment(long enrolmentId) {
        return em.createNamedQuery(Certificate.FIND_BY_ENROLMENT, Certificate.class)
                .setParameter("enrolment", enrolmentId).getResultStream().findFirst();
    }

    /** The certificates of a course the caller keeps, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    public Page<Certificate> ofCourse(long courseId, @NotNull PageRequest request) {
        courses.editable(courseId);
        return Filtered.of(Certificate.class, "c")
                .where("c.enrolment.course.id = :course", "course", courseId)
                .fetch("JOIN FETCH c.enrolment e JOIN FETCH e.account")
                .page(em, "c.issuedOn DESC, c.id DESC", request);
    }

    /**
     * Revokes the certificate for good, with a reason that the verification page shows ({@code required} or
     * {@code tooLong} at the field {@code reason}). Revoking a revoked certificate changes nothing.
     */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    public Certificate revoke(long certificateId, String reason) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null) throw new NotFoundException("Certificate", certificateId);
        courses.editable(certificate.getCourse().getId()); // another organisation's course: not found
        String why = Text.blankToNull(reason);
        if (why == null) throw new InvalidInputException(Map.of("reason", FieldProblem.required()));
        if (why.length() > Certificate.REASON_LENGTH) {
            throw new InvalidInputException(Map.of("reason", FieldProblem.tooLong(Certificate.REASON_LENGTH)));
        }
        em.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(certificate);
        AuditState before = certificate.auditState();
        if (certificate.revoke(LocalDate.now(Content.ZONE), why, context.getCallerPrincipal().getName())) audit.record(AuditAction.REVOKE, certificate, before);
        return certificate;
    }

    /** Removes the name of the account from its certificates, when the account is deleted. */
    public static void forgetNames(EntityManager em, long accountId) {
        em.createNamedQuery(Certificate.FORGET_NAMES).setParameter("account", accountId).executeUpdate();
    }

    /** The code in its stored form {@code XXXX-XXXX-XXXX}, or null when it cannot be one. */
    static String normalised(String typed) {
        if (typed == null || typed.length() > 40) return null;
        String bare = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!TYPED_CODE.matcher(bare).matches()) return null;
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder(Certificate.CODE_LENGTH);
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) code.append('-');
                code.append(Certificate.ALPHABET.charAt(RANDOM.nextInt(Certificate.ALPHABET.length())));
            }
            String candidate = code.toString();
            // 58 bits: a repeat is all but impossible, but a unique key violation would lose the learner's completion
            if (em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class).setParameter("code", candidate)
                    .getResultList().isEmpty()) {
                return candidate;
            }
        }
    }
}
