package bg.integra.report;

import bg.integra.account.Roles;
import bg.integra.content.Content;
import bg.integra.content.PublicationStatus;
import bg.integra.event.Event;
import bg.integra.media.StoredFile;
import bg.integra.project.Activity;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.TargetGroup;
import bg.integra.publicity.ComplianceCheck;
import bg.integra.publicity.ComplianceService;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a project's {@link ProjectReport} with a fixed set of queries (the project with its counted indicators,
 * its events, the registration counts per event, the people present per target group, the materials and the
 * checklist), whatever the number of events or materials. For the staff who run the project: an administrator,
 * or a coordinator of the beneficiary; any other project answers as not found.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class ProjectReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectService projects;

    /** The report with names in the given language (else English, else Bulgarian). */
    public ProjectReport report(long projectId, String lang) {
        Project project = projects.getForEdit(projectId); // not found unless the caller may edit it
        var cover = new ProjectReport.Cover(project.getId(), project.text(lang).getTitle(),
                project.getContractNumber().value(), project.getBeneficiary().name(lang), project.getFund(),
                project.getFundingScheme(), project.getPeriod().getStart(), project.getPeriod().getEnd());

        List<ProjectReport.IndicatorLine> indicators = project.getIndicators().stream()
                .map(i -> new ProjectReport.IndicatorLine(i.name(lang), i.getUnit(), i.getTarget(), i.getAchieved(),
                        i.getSource()))
                .toList();

        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Registration.COUNT_BY_EVENT_OF_PROJECT, Object[].class)
                .setParameter("project", projectId).getResultList()) {
            counts.put(((Number) row[0]).longValue(), new int[]{number(row[1]), number(row[2])});
        }
        List<Event> found = em.createQuery("SELECT e FROM Event e WHERE e.project.id = :project"
                        + " AND e.status = :published ORDER BY e.startsAt, e.id", Event.class)
                .setParameter("project", projectId).setParameter("published", PublicationStatus.PUBLISHED)
                .setHint("eclipselink.batch", "e.texts").setHint("eclipselink.batch", "e.activity").getResultList();
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        List<ProjectReport.EventLine> events = new ArrayList<>();
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        Map<Long, int[]> byActivity = new HashMap<>();
        for (Event e : found) {
            int[] c = counts.getOrDefault(e.getId(), new int[2]);
            Activity activity = e.getActivity();
            events.add(new ProjectReport.EventLine(e.getId(), e.getStartsAt(), e.getKind(),
                    activity == null ? null : activity.getNumber(), e.text(lang).getTitle(), e.getVenue(), c[0], c[1]));
            if (!e.getStartsAt().isAfter(now)) { // held, as the "events held" indicator counts them
                int[] m = byMonth.computeIfAbsent(YearMonth.from(e.getStartsAt()), k -> new int[2]);
                m[0]++;
                m[1] += c[1];
                if (activity != null) {
                    int[] a = byActivity.computeIfAbsent(activity.getId(), k -> new int[2]);
                    a[0]++;
                    a[1] += c[1];
                }
            }
        }
        List<ProjectReport.ActivityLine> activities = em.createNamedQuery(Activity.FIND_BY_PROJECT, Activity.class)
                .setParameter("project", projectId).getResultStream()
                .map(a -> {
                    int[] held = byActivity.getOrDefault(a.getId(), new int[2]);
                    return new ProjectReport.ActivityLine(a.getNumber(), a.title(lang), a.getPeriod().getStart(),
                            a.getPeriod().getEnd(), held[0], held[1]);
                })
                .toList();
        List<ProjectReport.MonthLine> months = byMonth.entrySet().stream()
                .map(m -> new ProjectReport.MonthLine(m.getKey(), m.getValue()[0], m.getValue()[1])).toList();

        Map<String, Integer> present = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> perGroup = em.createNamedQuery(Registration.COUNT_PARTICIPANTS_BY_TARGET_GROUP)
                .setParameter(1, projectId).getResultList();
        for (Object[] row : perGroup) present.put((String) row[0], number(row[1]));
        List<ProjectReport.GroupLine> groups = em.createNamedQuery(TargetGroup.FIND_ALL, TargetGroup.class)
                .getResultStream()
                .map(g -> new ProjectReport.GroupLine(g.getCode(), g.name(lang), present.getOrDefault(g.getCode(), 0)))
                .toList();

        List<ProjectReport.MaterialLine> materials = em.createNamedQuery(PublicityMaterial.FIND_BY_PROJECT, PublicityMaterial.class)
                .setParameter("project", projectId).getResultStream()
                .map(m -> new ProjectReport.MaterialLine(m.getKind(), m.getTitle(), m.getQuantity(), m.getDate(),
                        m.getSupplier(), m.distributed()))
                .toList();

        List<ProjectReport.ComplianceLine> compliance = ComplianceService
                .complete(project, ComplianceService.stored(em, projectId)).stream()
                .map(ProjectReportService::line).toList();

        return new ProjectReport(cover, indicators, activities, events, groups, months, materials, compliance, now);
    }

    private static ProjectReport.ComplianceLine line(ComplianceCheck c) {
        List<String> evidence = new ArrayList<>();
        c.getFiles().stream().map(StoredFile::getFileName).forEach(evidence::add);
        c.getMaterials().stream().map(PublicityMaterial::getTitle).forEach(evidence::add);
        return new ProjectReport.ComplianceLine(c.getItem(), c.getStatus(), c.getNote(), evidence, c.getChangedBy(),
                c.getChangedAt());
    }

    private static int number(Object value) {
        return value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, ((Number) value).longValue());
    }
}
