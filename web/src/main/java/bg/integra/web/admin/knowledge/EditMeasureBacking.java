package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureDraft;
import bg.integra.knowledge.MeasureStatus;
import bg.integra.knowledge.MeasureText;
import bg.integra.web.common.Choices;
import bg.integra.web.common.Choices.Choice;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * admin/knowledge/measure.xhtml ({@code ?id=}, none for a new one): a regional measure, the dates of its steps, its
 * texts per language and the cases and practices it comes from, each picked from the published ones matching what
 * is typed (a page of them read in the database, never every item). Dates that do not tell one story (a decision
 * before the proposal, an adopted measure without its plan) are refused at their fields.
 */
@Named
@ViewScoped
public class EditMeasureBacking extends KnowledgeEditor<Measure> {

    /** As many as the picker's panel shows; typing more narrows them. */
    private static final int PICKER_PAGE = 10;

    @Inject
    private KnowledgeService knowledge;

    private Region region;
    private MeasureStatus measureStatus = MeasureStatus.PROPOSED;
    private LocalDate proposedOn;
    private LocalDate discussedOn;
    private LocalDate decidedOn;
    private List<Choice> cases = new ArrayList<>();
    private List<Choice> practices = new ArrayList<>();
    private final Choices caseChoices = new Choices();
    private final Choices practiceChoices = new Choices();

    @Override
    protected KnowledgeKind kind() { return KnowledgeKind.MEASURE; }

    @Override
    protected Class<Measure> type() { return Measure.class; }

    @Override
    protected void fill(Measure m) {
        region = m.getRegion();
        measureStatus = m.getMeasureStatus();
        proposedOn = m.getProposedOn();
        discussedOn = m.getDiscussedOn();
        decidedOn = m.getDecidedOn();
        // those it comes from already, published or not (one taken off the portal since stays until removed here)
        cases = new ArrayList<>(caseChoices.offer(m.getCases().stream().map(c -> choice(KnowledgeKind.CASE, c)).toList()));
        practices = new ArrayList<>(practiceChoices.offer(m.getPractices().stream().map(p -> choice(KnowledgeKind.PRACTICE, p)).toList()));
    }

    @Override
    protected KnowledgeDraft<Measure> draft(TranslatedText texts) {
        return new MeasureDraft(region, measureStatus, proposedOn, discussedOn, decidedOn, Choices.ids(cases),
                Choices.ids(practices), texts.rowValues(row -> new MeasureText(row.getText(),
                row.getFields().get("description"), row.getFields().get("addressee"), row.getFields().get("plan"))));
    }

    @Override
    protected Set<String> fieldNames() {
        return Set.of("region", "measureStatus", "proposedOn", "discussedOn", "decidedOn", "cases", "practices");
    }

    /** A measure comes from at least one case or practice: said at the cases' picker. */
    @Override
    protected String clientId(String field) {
        return super.clientId(field.equals("sources") ? "cases" : field);
    }

    /** The published cases whose texts hold what was typed, newest first, one page. */
    public List<Choice> completeCases(String typed) {
        return caseChoices.offer(knowledge.cases(query(typed), new PageRequest(0, PICKER_PAGE)).items().stream()
                .map(c -> choice(KnowledgeKind.CASE, c)).toList());
    }

    /** The published good practices whose texts hold what was typed, newest first, one page. */
    public List<Choice> completePractices(String typed) {
        return practiceChoices.offer(knowledge.practices(query(typed), new PageRequest(0, PICKER_PAGE)).items().stream()
                .map(p -> choice(KnowledgeKind.PRACTICE, p)).toList());
    }

    private static KnowledgeQuery query(String typed) {
        return new KnowledgeQuery(typed, null, null, null, null);
    }

    /** Its title and whose it is: two members may write items of one title. */
    private Choice choice(KnowledgeKind kind, KnowledgeItem<?> item) {
        return new Choice(item.getId(), kind.title(item, Languages.DEFAULT) + " · " + item.getOrganisation().name(Languages.DEFAULT));
    }

    public Region[] getRegions() { return Region.values(); }
    public MeasureStatus[] getMeasureStatuses() { return MeasureStatus.values(); }

    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public MeasureStatus getMeasureStatus() { return measureStatus; }
    public void setMeasureStatus(MeasureStatus measureStatus) { this.measureStatus = measureStatus; }
    public LocalDate getProposedOn() { return proposedOn; }
    public void setProposedOn(LocalDate proposedOn) { this.proposedOn = proposedOn; }
    public LocalDate getDiscussedOn() { return discussedOn; }
    public void setDiscussedOn(LocalDate discussedOn) { this.discussedOn = discussedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public List<Choice> getCases() { return cases; }
    public void setCases(List<Choice> cases) { this.cases = cases == null ? new ArrayList<>() : new ArrayList<>(cases); }
    public List<Choice> getPractices() { return practices; }
    public void setPractices(List<Choice> practices) { this.practices = practices == null ? new ArrayList<>() : new ArrayList<>(practices); }
    public Choices getCaseChoices() { return caseChoices; }
    public Choices getPracticeChoices() { return practiceChoices; }
}
