package bg.integra.testsupport;

import bg.integra.account.Account;
import bg.integra.account.Role;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/** Events of an organisation's projects with registrations, stored directly, and what the database then holds. */
@ApplicationScoped
@Transactional
public class AttendanceSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private TestData data;

    @Inject
    private ContentSeeds content;

    /** The organisation of the account with this username, the account (and organisation) created on first use. */
    public Organisation organisationOf(String username, Role role) {
        Account account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (account != null && account.getOrganisation() != null) return account.getOrganisation();
        Organisation organisation = data.organisation("Сдружение " + TestData.unique("att"));
        data.account(username, role, organisation, "unused-" + TestData.unique("pw") + "-password");
        return organisation;
    }

    /** A published seminar of a new project of the organisation, starting at the given time. */
    public Event event(Organisation organisation, String tag, LocalDateTime startsAt) {
        Project project = data.project(organisation, "Проект " + tag, "Project " + tag);
        return content.event(tag, project, startsAt, Region.HASKOVO, EventKind.SEMINAR);
    }

    /** An event that started an hour ago (so attendance may be taken, even just after midnight). */
    public Event startedEvent(Organisation organisation, String tag) {
        return event(organisation, tag, LocalDateTime.now(Content.ZONE).withSecond(0).withNano(0).minusHours(1));
    }

    public Registration registration(long eventId, String name, String email, RegistrationStatus status) {
        Event event = em.find(Event.class, eventId);
        TargetGroup group = em.find(TargetGroup.class, "NGO");
        Registration r = new Registration(event, new Registrant(name, "Сдружение „Мост“", "експерт", "NGO", email, null, "bg"),
                group, RegistrationService.CONSENT_VERSION,
                status == RegistrationStatus.WAITLISTED ? status : RegistrationStatus.CONFIRMED, RegistrationService.newToken(),
                LocalDateTime.now(Content.ZONE));
        if (status == RegistrationStatus.CANCELLED) r.cancel(LocalDateTime.now(Content.ZONE));
        em.persist(r);
        return r;
    }

    /**
     * The event's registrations as the database holds them, by name: full_name, email, status, consent_version,
     * attended_at (null or not), attendance_marked_by, target_group_code.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(long eventId) {
        return em.createNativeQuery("SELECT full_name, email, status, consent_version, attended_at, attendance_marked_by,"
                        + " target_group_code FROM registration WHERE event_id = ? ORDER BY full_name, id")
                .setParameter(1, eventId).getResultList();
    }
}
