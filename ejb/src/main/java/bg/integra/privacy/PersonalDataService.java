package bg.integra.privacy;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.mail.MailOutbox;
import bg.integra.project.Project;
import bg.integra.registration.Registration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Integra stores about a participant, for the person's rights under the GDPR: staff find a person's
 * registrations by e-mail, export everything stored about them as JSON, and erase them. An administrator acts
 * on every event; a coordinator only on the events of their own organisation's projects, and never sees that
 * the person registered elsewhere. Exports and erasures are audited, without the personal data.
 * <p>
 * Erasure anonymises in place ({@link Registration#erase}), so the counts a project reports by status, target
 * group and attendance stay right, and the e-mail address is free to register again.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class PersonalDataService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    /** The person's registrations the caller may see, oldest first, with their events loaded. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<Registration> find(String email) {
        String address = normalised(email);
        if (address == null) return List.of();
        List<Registration> found = em.createNamedQuery(Registration.FIND_BY_EMAIL, Registration.class)
                .setParameter("email", address).getResultList();
        Caller caller = callers.current();
        List<Registration> visible = found.stream()
                .filter(r -> r.getEvent().getProject() == null ? caller.isAdministrator()
                        : caller.mayActFor(r.getEvent().getProject().getBeneficiary().getId()))
                .toList();
        visible.forEach(PersonalDataService::load);
        return visible;
    }

    /**
     * Everything stored about the person in the registrations the caller may see, as a JSON document to hand
     * over; each exported registration gets an EXPORT entry in the audit trail.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public String export(String email) {
        List<Registration> registrations = find(email);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Registration r : registrations) {
            array.add(json(r));
            audit.action(AuditAction.EXPORT, r);
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("email", normalised(email) == null ? "" : normalised(email))
                .add("exportedAt", LocalDateTime.now(Content.ZONE).toString())
                .add("registrations", array);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(document.build());
        }
        return out.toString();
    }

    /**
     * Erases the person from the registrations the caller may see, in one transaction, and deletes their e-mails
     * from the mail outbox (sent or still to send: they hold the address); answers how many registrations.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public int erase(String email) {
        int erased = 0;
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        for (Registration r : find(email)) {
            AuditState before = r.auditState();
            if (Erasure.erase(em, r, now)) {
                audit.record(AuditAction.ERASE, r, before);
                erased++;
            }
        }
        // only a caller who found the person may drop their mails; the retention job does not, as a person's
        // old registration expiring says nothing about the mails of a new one
        if (erased > 0) outbox.forget(normalised(email));
        em.flush();
        return erased;
    }

    private static JsonObjectBuilder json(Registration r) {
        Event e = r.getEvent();
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("id", e.getId())
                .add("title", e.text(Languages.DEFAULT).getTitle())
                .add("startsAt", e.getStartsAt().toString());
        optional(event, "endsAt", e.getEndsAt());
        optional(event, "venue", e.getVenue());
        optional(event, "city", e.getCity());
        Project project = e.getProject();
        if (project != null) {
            event.add("project", Json.createObjectBuilder()
                    .add("id", project.getId())
                    .add("contractNumber", project.getContractNumber().value()));
        }
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", r.getId())
                .add("event", event)
                .add("name", r.getName());
        optional(o, "organisation", r.getOrganisation());
        optional(o, "role", r.getRole());
        o.add("targetGroup", r.getTargetGroup().getCode())
                .add("email", r.getEmail());
        optional(o, "phone", r.getPhone());
        o.add("language", r.getLanguage())
                .add("consentAt", r.getConsentAt().toString())
                .add("consentVersion", r.getConsentVersion())
                .add("status", r.getStatus().name())
                .add("registeredAt", r.getCreatedAt().toString())
                .add("statusChangedAt", r.getStatusChangedAt().toString())
                .add("attended", r.isAttended());
        optional(o, "attendedAt", r.getAttendedAt());
        optional(o, "attendanceMarkedBy", r.getAttendanceMarkedBy());
        optional(o, "erasedAt", r.getErasedAt());
        return o;
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value != null) o.add(name, value.toString());
    }

    private static void load(Registration r) {
        r.getEvent().getTexts().size();
        if (r.getEvent().getProject() != null) r.getEvent().getProject().getContractNumber();
        r.getTargetGroup().getNames().size();
    }

    static String normalised(String email) {
        if (email == null || email.isBlank()) return null;
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
