package bg.integra.web.admin.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeDraft;
import bg.integra.knowledge.PracticeText;
import bg.integra.knowledge.TargetAudience;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * admin/knowledge/practice.xhtml ({@code ?id=}, none for a new one): a good practice with every field of the
 * European Website on Integration's template, its texts per language.
 */
@Named
@ViewScoped
public class EditPracticeBacking extends KnowledgeEditor<Practice> {

    private String country = "BG";
    private Region region;
    private LocalDate start;
    private LocalDate end;
    private TargetAudience audience;
    private IntegrationArea area;
    private String contact;
    private String links;

    @Override
    protected KnowledgeKind kind() { return KnowledgeKind.PRACTICE; }

    @Override
    protected Class<Practice> type() { return Practice.class; }

    @Override
    protected void fill(Practice p) {
        country = p.getCountry();
        region = p.getRegion();
        start = p.getPeriod().getStart();
        end = p.getPeriod().getEnd();
        audience = p.getAudience();
        area = p.getArea();
        contact = p.getContact();
        links = String.join("\n", p.getLinks());
    }

    @Override
    protected KnowledgeDraft<Practice> draft(TranslatedText texts) {
        List<String> linkList = links == null ? List.of() : Arrays.stream(links.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        return new PracticeDraft(country, region, start, end, audience, area, contact, linkList,
                texts.rowValues(row -> new PracticeText(row.getText(), row.getFields().get("funding"),
                        row.getFields().get("objectives"), row.getFields().get("activities"), row.getFields().get("results"),
                        row.getFields().get("evaluation"), row.getFields().get("transferability"))));
    }

    @Override
    protected Set<String> fieldNames() {
        return Set.of("country", "region", "start", "end", "audience", "area", "contact", "links");
    }

    public Region[] getRegions() { return Region.values(); }
    public TargetAudience[] getAudiences() { return TargetAudience.values(); }
    public IntegrationArea[] getAreas() { return IntegrationArea.values(); }
    public int getContactLength() { return Practice.CONTACT_LENGTH; }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT); }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public TargetAudience getAudience() { return audience; }
    public void setAudience(TargetAudience audience) { this.audience = audience; }
    public IntegrationArea getArea() { return area; }
    public void setArea(IntegrationArea area) { this.area = area; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
}
