package bg.integra.web.admin.project;

import bg.integra.common.NotFoundException;
import bg.integra.report.ProjectReport;
import bg.integra.report.ProjectReportService;
import bg.integra.web.common.BackofficeLocale;
import bg.integra.web.report.ReportTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * admin/projects/dashboard.xhtml?id=…: a project's figures as charts (PrimeFaces' Chart.js component, configured
 * with JSON) and as the tables under them: target and achieved per indicator, events and people present per month,
 * participants per target group. The figures are the final report's ({@link ProjectReportService}), so the
 * dashboard and the downloads agree.
 */
@Named
@ViewScoped
public class ProjectDashboardBacking implements Serializable {

    private static final String BLUE = "#003399";
    private static final String GOLD = "#e6a800";
    private static final String[] PALETTE = {"#003399", "#e6a800", "#2e7d32", "#c62828", "#6a1b9a", "#00838f", "#ef6c00", "#546e7a"};

    @Inject
    private ProjectReportService reports;

    @Inject
    private BackofficeLocale locale;

    private Long id;
    private ProjectReport report;

    public void load() throws IOException {
        if (report != null) return;
        if (id == null) throw new NotFoundException("Project", "none");
        report = reports.report(id, locale.getLang()); // not found or not theirs: the 404 page (ServiceExceptionHandler)
    }

    public String getIndicatorChart() {
        ReportTexts t = new ReportTexts(locale.getLang());
        List<ProjectReport.IndicatorLine> lines = report.indicators();
        return chart("bar", labels(lines, ProjectReport.IndicatorLine::name),
                Json.createArrayBuilder()
                        .add(dataset(t.get("report.col.target"), numbers(lines, ProjectReport.IndicatorLine::target), BLUE))
                        .add(dataset(t.get("report.col.achieved"), numbers(lines, ProjectReport.IndicatorLine::achieved), GOLD)));
    }

    public String getMonthChart() {
        ReportTexts t = new ReportTexts(locale.getLang());
        List<ProjectReport.MonthLine> lines = report.months();
        return chart("bar", labels(lines, m -> m.month().toString()),
                Json.createArrayBuilder()
                        .add(dataset(t.get("report.col.events"), numbers(lines, ProjectReport.MonthLine::events), BLUE))
                        .add(dataset(t.get("report.col.present"), numbers(lines, ProjectReport.MonthLine::present), GOLD)));
    }

    public String getGroupChart() {
        ReportTexts t = new ReportTexts(locale.getLang());
        List<ProjectReport.GroupLine> lines = report.participantsByGroup();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < lines.size(); i++) colours.add(PALETTE[i % PALETTE.length]);
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", t.get("report.col.participants"))
                .add("data", numbers(lines, ProjectReport.GroupLine::participants)).add("backgroundColor", colours);
        return chart("pie", labels(lines, ProjectReport.GroupLine::name), Json.createArrayBuilder().add(set));
    }

    private static <T> JsonArrayBuilder labels(List<T> lines, Function<T, String> label) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        lines.forEach(l -> a.add(label.apply(l)));
        return a;
    }

    private static <T> JsonArrayBuilder numbers(List<T> lines, java.util.function.ToIntFunction<T> value) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        lines.forEach(l -> a.add(value.applyAsInt(l)));
        return a;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build().toString();
    }

    public ProjectReport getReport() { return report; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
