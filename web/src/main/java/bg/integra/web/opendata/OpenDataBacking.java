package bg.integra.web.opendata;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.network.Location;
import bg.integra.web.cache.PageTags;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code /open-data/}: what the network publishes as open data, under which licence, and each file with what it
 * holds, its format, its size and when it was last generated, linked in the page's language. Showing a file's size
 * generates it when it is not kept, so the page is rendered again when the directory or the practices change.
 */
@Named
@RequestScoped
public class OpenDataBacking extends PortalPage {

    private static final long KB = 1024;

    @Inject
    private OpenData openData;

    @Inject
    private HttpServletRequest request;

    /** A file as the page lists it. */
    public record File(String name, String href, String holds, String format, String size, String generated,
                       String generatedIso) {
        public String getName() { return name; }
        public String getHref() { return href; }
        public String getHolds() { return holds; }
        public String getFormat() { return format; }
        public String getSize() { return size; }
        public String getGenerated() { return generated; }
        public String getGeneratedIso() { return generatedIso; }
    }

    private List<File> hsds;
    private File practices;

    public void load() {
        PageTags.declare(Tags.NETWORK, Tags.KNOWLEDGE);
        String lang = language.getLang();
        ResourceBundle texts = PortalTexts.of(lang);
        String folder = request.getContextPath() + "/open-data/hsds/" + (Languages.DEFAULT.equals(lang) ? "" : lang + "/");
        Map<String, Dataset> files = openData.hsds(lang);
        hsds = files.values().stream().map(d -> file(d, folder + d.file(), texts)).toList();
        Dataset p = openData.practices(lang, HttpValidation.baseUrl(request));
        practices = file(p, language.href("/open-data/" + PracticesCsv.FILE), texts);
    }

    private File file(Dataset d, String href, ResourceBundle texts) {
        String stem = d.file().startsWith("practices") ? "practices" : d.file().substring(0, d.file().lastIndexOf('.'));
        var sofia = d.generated().atZone(Location.ZONE);
        return new File(d.file(), href, texts.getString("openData.file." + stem), d.file().endsWith(".csv") ? "CSV" : "JSON",
                size(d.size(), texts),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.getLocale()).format(sofia),
                sofia.toOffsetDateTime().toString());
    }

    private String size(long bytes, ResourceBundle texts) {
        if (bytes < KB) return new MessageFormat(texts.getString("openData.sizeBytes"), language.getLocale()).format(new Object[]{bytes});
        if (bytes < KB * KB) return new MessageFormat(texts.getString("openData.sizeKb"), language.getLocale()).format(new Object[]{bytes / (double) KB});
        return new MessageFormat(texts.getString("openData.sizeMb"), language.getLocale()).format(new Object[]{bytes / (double) (KB * KB)});
    }

    public List<File> getHsds() { return hsds; }
    public File getPractices() { return practices; }
}
