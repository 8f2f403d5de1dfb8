package bg.integra.report;

import bg.integra.project.EventKind;
import bg.integra.project.Fund;
import bg.integra.project.IndicatorSource;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.PublicityKind;
import bg.integra.publicity.ComplianceItem;
import bg.integra.publicity.ComplianceStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What a project reports to the Contracting Authority at its end, read once from the records: the cover, the
 * indicators with target and achieved value, the events with attendance, the people present per target group and
 * per month, the publicity materials and the compliance checklist. The PDF, the XLSX and the dashboard are all
 * drawn from one such value, so their figures cannot disagree.
 */
public record ProjectReport(Cover cover, List<IndicatorLine> indicators, List<ActivityLine> activities,
                            List<EventLine> events, List<GroupLine> participantsByGroup, List<MonthLine> months,
                            List<MaterialLine> materials, List<ComplianceLine> compliance,
                            LocalDateTime generatedAt) {

    public ProjectReport {
        indicators = List.copyOf(indicators);
        activities = List.copyOf(activities);
        events = List.copyOf(events);
        participantsByGroup = List.copyOf(participantsByGroup);
        months = List.copyOf(months);
        materials = List.copyOf(materials);
        compliance = List.copyOf(compliance);
    }

    /** The project's facts for the cover; the title and beneficiary in the report's language (or a fallback). */
    public record Cover(long projectId, String title, String contractNumber, String beneficiary, Fund fund,
                        String fundingScheme, LocalDate start, LocalDate end) {
    }

    public record IndicatorLine(String name, IndicatorUnit unit, int target, int achieved, IndicatorSource source) {
    }

    /** One activity: the events held that carry it out and the people present at them (attendances). */
    public record ActivityLine(int number, String title, LocalDate start, LocalDate end, int events, int present) {
    }

    /** One event: the number of the activity it carries out (null for none), confirmed registrations and people present. */
    public record EventLine(long id, LocalDateTime startsAt, EventKind kind, Integer activity, String title,
                            String venue, int registered, int present) {
    }

    /** Distinct people present at the project's events who registered in one target group. */
    public record GroupLine(String code, String name, int participants) {
    }

    /** Events held in a month and the people present at them (attendances, a person at two events counts twice). */
    public record MonthLine(YearMonth month, int events, int present) {
    }

    public record MaterialLine(PublicityKind kind, String title, int quantity, LocalDate date, String supplier,
                               int distributed) {
    }

    /** One rule of the checklist and its evidence: file names and the titles of linked materials. */
    public record ComplianceLine(ComplianceItem item, ComplianceStatus status, String note, List<String> evidence,
                                 String changedBy, LocalDateTime changedAt) {
        public ComplianceLine {
            evidence = List.copyOf(evidence);
        }
    }

    /** The rules still missing. */
    public List<ComplianceItem> missing() {
        return compliance.stream().filter(c -> c.status() == ComplianceStatus.MISSING).map(ComplianceLine::item).toList();
    }

    public int totalRegistered() {
        return events.stream().mapToInt(EventLine::registered).sum();
    }

    public int totalPresent() {
        return events.stream().mapToInt(EventLine::present).sum();
    }
}
