package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.project.Activity;
import bg.integra.project.EventKind;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import bg.integra.project.TargetGroup;
import bg.integra.publicity.ComplianceCheck;
import bg.integra.publicity.ComplianceItem;
import bg.integra.publicity.ComplianceStatus;
import bg.integra.publicity.Distribution;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * POST /test-support/report-seed: a project with everything its final report shows, stored directly (its
 * coordinator and a coordinator of another organisation too): indicators entered and counted, two held
 * seminars in different months and one upcoming forum, registrations present, absent, cancelled and waitlisted
 * (one person at both seminars), two materials with a distribution log and two checklist rows. {@link #figures}
 * reads back with plain SQL, apart from the application's queries, what the report must say.
 */
@ApplicationScoped
@Transactional
public class ReportSeeds implements Seed {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private TestData data;

    @Inject
    private ContentSeeds content;

    @Override
    public String path() {
        return "report-seed";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("r");
        Organisation own = data.organisation("Отчетна организация " + tag);
        Organisation other = data.organisation("Друга организация " + tag);
        Project project = data.project(own, "Отчетен проект " + tag, "Report project " + tag);
        String coordinator = "rep-" + tag.toLowerCase();
        String stranger = "str-" + tag.toLowerCase();
        String password = "pw-" + tag + "-long";
        data.account(coordinator, Role.COORDINATOR, own, password);
        data.account(stranger, Role.COORDINATOR, other, password);

        Project p = em.find(Project.class, project.getId());
        p.addIndicator("Проведени семинари", IndicatorUnit.EVENTS, 3, 0).count(IndicatorMeasure.EVENTS_HELD, "SEMINAR");
        p.addIndicator("Участници", IndicatorUnit.PARTICIPANTS, 50, 0).count(IndicatorMeasure.PARTICIPANTS, null);
        p.addIndicator("Участници от НПО", IndicatorUnit.PARTICIPANTS, 10, 0)
                .count(IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "NGO");
        p.addIndicator("Отпечатани справочници", IndicatorUnit.COPIES, 500, 0)
                .count(IndicatorMeasure.COPIES_PRINTED, "HANDBOOK");
        em.flush();

        Event march = event(tag + "-1", p, LocalDateTime.of(2025, 3, 10, 10, 0), EventKind.SEMINAR);
        Event may = event(tag + "-2", p, LocalDateTime.of(2025, 5, 14, 10, 0), EventKind.SEMINAR);
        Event later = event(tag + "-3", p, LocalDateTime.now(Content.ZONE).plusDays(30).withNano(0), EventKind.FORUM);
        // march and the forum carry out the project's activity 1 (ContentSeeds), may its activity 2
        Activity second = new Activity(p, 2, "Семинари в Хасково " + tag);
        em.persist(second);
        may.setActivity(second);
        String a = "a-" + tag + "@example.org";
        register(march, a, "NGO", true, false);
        register(march, "b-" + tag + "@example.org", "IMMIGRANT_COMMUNITY", true, false);
        register(march, "c-" + tag + "@example.org", "NGO", false, false);
        register(march, "d-" + tag + "@example.org", "MEDIA", false, true);
        register(may, a.toUpperCase(), "NGO", true, false);          // the same person: counted once
        register(may, "e-" + tag + "@example.org", "LOCAL_AUTHORITY", true, false);
        Registration waiting = new Registration(may, registrant("f-" + tag + "@example.org", "NGO"),
                em.find(TargetGroup.class, "NGO"), "v1", RegistrationStatus.WAITLISTED, token(), LocalDateTime.now(Content.ZONE));
        em.persist(waiting);
        register(later, "g-" + tag + "@example.org", "NGO", false, false);

        PublicityMaterial handbook = new PublicityMaterial(p, PublicityKind.HANDBOOK, "Справочник " + tag, 250);
        handbook.setDate(LocalDate.of(2025, 4, 1));
        handbook.setSupplier("Печатница Тест");
        handbook.distribute(new Distribution(LocalDate.of(2025, 5, 14), "Участници в семинара", 100));
        handbook.distribute(new Distribution(LocalDate.of(2025, 6, 1), "Община Хасково", 20));
        em.persist(handbook);
        PublicityMaterial board = new PublicityMaterial(p, PublicityKind.INFORMATION_BOARD, "Табела " + tag, 1);
        board.setDate(LocalDate.of(2025, 1, 20));
        em.persist(board);

        ComplianceCheck met = new ComplianceCheck(p, ComplianceItem.OFFICE_BOARD);
        met.setMaterials(List.of(board));
        met.setStatus(ComplianceStatus.MET);
        met.changed(coordinator, LocalDateTime.now(Content.ZONE));
        em.persist(met);
        ComplianceCheck none = new ComplianceCheck(p, ComplianceItem.WEB_PAGE);
        none.setStatus(ComplianceStatus.NOT_APPLICABLE);
        none.setNote("Проектът няма собствен сайт " + tag);
        none.changed(coordinator, LocalDateTime.now(Content.ZONE));
        em.persist(none);
        em.flush();

        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("projectId", p.getId())
                .add("contractNumber", p.getContractNumber().value())
                .add("title", p.text("bg").getTitle())
                .add("coordinator", coordinator)
                .add("stranger", stranger)
                .add("password", password)
                .add("events", Json.createArrayBuilder().add(march.getId()).add(may.getId()).add(later.getId()))
                .add("eventTitles", Json.createArrayBuilder().add(march.text("bg").getTitle())
                        .add(may.text("bg").getTitle()).add(later.text("bg").getTitle()))
                .add("handbook", handbook.getTitle())
                .add("board", board.getTitle())
                .add("figures", figures(p.getId()))
                .build();
    }

    private Event event(String tag, Project p, LocalDateTime at, EventKind kind) {
        Event e = content.event(tag, p, at, Region.HASKOVO, kind);
        return em.find(Event.class, e.getId());
    }

    private void register(Event event, String email, String group, boolean present, boolean cancelled) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Registration r = new Registration(event, registrant(email, group), em.find(TargetGroup.class, group), "v1",
                RegistrationStatus.CONFIRMED, token(), now);
        if (present) r.markAttendance(true, "registrar", now);
        if (cancelled) r.cancel(now);
        em.persist(r);
    }

    private static Registrant registrant(String email, String group) {
        return new Registrant("Участник " + email.substring(0, email.indexOf('@')), null, null, group, email, null, "bg");
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    /** What the report must say, read with SQL from the tables themselves. */
    @SuppressWarnings("unchecked")
    public JsonObject figures(long projectId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.event_id, r.status, r.attended_at, LOWER(r.email),"
                        + " r.target_group_code, e.starts_at FROM registration r JOIN event e ON e.id = r.event_id"
                        + " JOIN content c ON c.id = e.id WHERE c.project_id = ?")
                .setParameter(1, projectId).getResultList();
        Map<Long, int[]> perEvent = new HashMap<>();
        Set<String> present = new HashSet<>();
        Map<String, Set<String>> perGroup = new HashMap<>();
        for (Object[] row : rows) {
            long event = ((Number) row[0]).longValue();
            int[] counts = perEvent.computeIfAbsent(event, k -> new int[2]);
            boolean confirmed = "CONFIRMED".equals(row[1]);
            boolean attended = row[2] != null && !"CANCELLED".equals(row[1]);
            if (confirmed) counts[0]++;
            if (attended) {
                counts[1]++;
                present.add((String) row[3]);
                perGroup.computeIfAbsent((String) row[4], k -> new HashSet<>()).add((String) row[3]);
            }
        }
        JsonObjectBuilder events = Json.createObjectBuilder();
        perEvent.forEach((id, c) -> events.add(Long.toString(id),
                Json.createObjectBuilder().add("registered", c[0]).add("present", c[1])));
        JsonObjectBuilder groups = Json.createObjectBuilder();
        perGroup.forEach((code, people) -> groups.add(code, people.size()));

        // per activity number: the published events held that carry it out and the people present at them
        Map<Integer, int[]> perActivity = new TreeMap<>();
        for (Object number : (List<Object>) em.createNativeQuery("SELECT ordinal FROM activity WHERE project_id = ?")
                .setParameter(1, projectId).getResultList()) {
            perActivity.put(((Number) number).intValue(), new int[2]);
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT a.ordinal, e.id FROM event e"
                        + " JOIN content c ON c.id = e.id JOIN activity a ON a.id = e.activity_id"
                        + " WHERE c.project_id = ? AND c.status = 'PUBLISHED' AND e.starts_at <= ?")
                .setParameter(1, projectId).setParameter(2, LocalDateTime.now(Content.ZONE)).getResultList()) {
            int[] counts = perActivity.get(((Number) row[0]).intValue());
            counts[0]++;
            counts[1] += perEvent.getOrDefault(((Number) row[1]).longValue(), new int[2])[1];
        }
        JsonObjectBuilder activities = Json.createObjectBuilder();
        perActivity.forEach((number, c) -> activities.add(Integer.toString(number),
                Json.createObjectBuilder().add("events", c[0]).add("present", c[1])));

        List<Object[]> held = em.createNativeQuery("SELECT e.kind, e.starts_at FROM event e JOIN content c ON c.id = e.id"
                        + " WHERE c.project_id = ? AND c.status = 'PUBLISHED' AND e.starts_at <= ?")
                .setParameter(1, projectId).setParameter(2, LocalDateTime.now(Content.ZONE)).getResultList();
        int seminarsHeld = (int) held.stream().filter(h -> "SEMINAR".equals(h[0])).count();

        JsonArrayBuilder materials = Json.createArrayBuilder();
        int handbookCopies = 0;
        for (Object[] m : (List<Object[]>) em.createNativeQuery("SELECT m.title, m.kind, m.quantity,"
                        + " (SELECT COALESCE(SUM(d.copies), 0) FROM publicity_distribution d WHERE d.material_id = m.id)"
                        + " FROM publicity_material m WHERE m.project_id = ?")
                .setParameter(1, projectId).getResultList()) {
            materials.add(Json.createObjectBuilder().add("title", (String) m[0]).add("kind", (String) m[1])
                    .add("quantity", ((Number) m[2]).intValue()).add("distributed", ((Number) m[3]).intValue()));
            if ("HANDBOOK".equals(m[1])) handbookCopies += ((Number) m[2]).intValue();
        }
        List<Object[]> checks = em.createNativeQuery("SELECT item, status FROM compliance_check WHERE project_id = ?")
                .setParameter(1, projectId).getResultList();
        JsonObjectBuilder compliance = Json.createObjectBuilder();
        for (Object[] c : checks) compliance.add((String) c[0], (String) c[1]);

        return Json.createObjectBuilder()
                .add("events", events)
                .add("activities", activities)
                .add("participants", present.size())
                .add("groups", groups)
                .add("seminarsHeld", seminarsHeld)
                .add("handbookCopies", handbookCopies)
                .add("materials", materials)
                .add("compliance", compliance)
                .build();
    }
}
