package bg.integra.web.report;

import bg.integra.report.ProjectReport;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the report in one language, from the same bundle as the back-office pages. Bulgarian is the
 * bundle's base file, so no fallback to the JVM's default locale may come between.
 */
public final class ReportTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle bundle;
    private final String lang;

    public ReportTexts(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang),
                ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() { return lang; }

    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(lang)).format(arguments);
    }

    /** The funding statement of the cover, as the portal's publicity block words it. */
    public String funding(ProjectReport.Cover cover) {
        return format("report.funding", cover.title(), cover.contractNumber(), get("fund." + cover.fund()));
    }

    public String period(ProjectReport.Cover cover) {
        return period(cover.start(), cover.end());
    }

    /** "start – end", either side empty when unknown; nothing when both are. */
    public String period(LocalDate start, LocalDate end) {
        return start == null && end == null ? "" : date(start) + " – " + date(end);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A file name from the contract number: "BG EIF 2013/01-05.01" gives "report-BG-EIF-2013-01-05.01". */
    public static String fileName(ProjectReport report, String extension) {
        return "report-" + report.cover().contractNumber().replaceAll("[^A-Za-z0-9.-]+", "-") + "." + extension;
    }
}
