package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Region;
import bg.integra.forum.ForumService;
import bg.integra.forum.SolvedTopic;
import bg.integra.knowledge.CaseDraft;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Set;

/**
 * admin/knowledge/case.xhtml ({@code ?id=}, none for a new one): an anonymised case, its texts per language. Personal
 * data in any text (an ЕГН, an ЛНЧ, a telephone number, an e-mail address) is refused when it is submitted, with a
 * message at the text that holds it.
 */
@Named
@ViewScoped
public class EditCaseBacking extends KnowledgeEditor<CaseStudy> {

    @Inject
    private ForumService forum;

    private Region region;
    private IntegrationArea area;
    private String fromTopicParameter;
    private SolvedTopic fromTopic;

    /**
     * {@code ?fromTopic=ID}: a solved forum topic in one step: its title, its first post as the question and its
     * solution as the actions, in the topic's language, for the member to complete and anonymise before submitting.
     * A topic that is not solved (or not there) is not found.
     */
    @Override
    protected void start() {
        if (fromTopicParameter == null || fromTopicParameter.isBlank()) return;
        try {
            fromTopic = forum.solved(Long.parseLong(fromTopicParameter.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            ServiceExceptionHandler.notFound(FacesContext.getCurrentInstance());
            return;
        }
        String lang = Languages.portalOrDefault(fromTopic.language());
        CaseText text = new CaseText(clip(fromTopic.title(), CaseText.TITLE_LENGTH), null,
                clip(fromTopic.question(), CaseText.LONG_LENGTH), clip(fromTopic.answer(), CaseText.LONG_LENGTH), null, null);
        startWith(TranslatedText.ofFields(Map.of(lang, text), CaseText::fields));
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    @Override
    protected KnowledgeKind kind() { return KnowledgeKind.CASE; }

    @Override
    protected Class<CaseStudy> type() { return CaseStudy.class; }

    @Override
    protected void fill(CaseStudy c) {
        region = c.getRegion();
        area = c.getArea();
    }

    @Override
    protected KnowledgeDraft<CaseStudy> draft(TranslatedText texts) {
        return new CaseDraft(region, area, texts.rowValues(row -> new CaseText(row.getText(), row.getFields().get("situation"),
                row.getFields().get("question"), row.getFields().get("actions"), row.getFields().get("outcome"),
                row.getFields().get("lessons"))));
    }

    @Override
    protected Set<String> fieldNames() {
        return Set.of("region", "area");
    }

    /** The topic this new case started from, or null. */
    public SolvedTopic getFromTopic() { return fromTopic; }
    public String getFromTopicParameter() { return fromTopicParameter; }
    public void setFromTopicParameter(String fromTopicParameter) { this.fromTopicParameter = fromTopicParameter; }

    public Region[] getRegions() { return Region.values(); }
    public IntegrationArea[] getAreas() { return IntegrationArea.values(); }

    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public IntegrationArea getArea() { return area; }
    public void setArea(IntegrationArea area) { this.area = area; }
}
