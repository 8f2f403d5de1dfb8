package bg.integra.web.admin.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeDraft;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.InitiativeText;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Set;

/**
 * admin/knowledge/initiative.xhtml ({@code ?id=}, none for a new one): an upcoming initiative or a completed project
 * that a member announces to the network, its texts per language. An upcoming one that has already begun, or a
 * completed one that has not ended, is refused when it is submitted, with the message at its start or end.
 */
@Named
@ViewScoped
public class EditInitiativeBacking extends KnowledgeEditor<Initiative> {

    private InitiativeKind initiativeKind;
    private LocalDate start;
    private LocalDate end;
    private Region region;
    private String town;
    private String link;
    private String contact;

    @Override
    protected KnowledgeKind kind() { return KnowledgeKind.INITIATIVE; }

    @Override
    protected Class<Initiative> type() { return Initiative.class; }

    @Override
    protected void fill(Initiative i) {
        initiativeKind = i.getKind();
        start = i.getPeriod().getStart();
        end = i.getPeriod().getEnd();
        region = i.getRegion();
        town = i.getTown();
        link = i.getLink();
        contact = i.getContact();
    }

    @Override
    protected KnowledgeDraft<Initiative> draft(TranslatedText texts) {
        return new InitiativeDraft(initiativeKind, start, end, region, town, link, contact,
                texts.rowValues(row -> new InitiativeText(row.getText(), row.getFields().get("summary"),
                        row.getFields().get("description"), row.getFields().get("partners"))));
    }

    @Override
    protected Set<String> fieldNames() {
        return Set.of("kind", "start", "end", "region", "town", "link", "contact");
    }

    public InitiativeKind[] getInitiativeKinds() { return InitiativeKind.values(); }
    public Region[] getRegions() { return Region.values(); }
    public int getTownLength() { return Initiative.TOWN_LENGTH; }
    public int getLinkLength() { return Initiative.LINK_LENGTH; }
    public int getContactLength() { return Initiative.CONTACT_LENGTH; }

    /** Named so, not {@code kind}: the editor's {@code kind} is the kind of item (an initiative). */
    public InitiativeKind getInitiativeKind() { return initiativeKind; }
    public void setInitiativeKind(InitiativeKind initiativeKind) { this.initiativeKind = initiativeKind; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
