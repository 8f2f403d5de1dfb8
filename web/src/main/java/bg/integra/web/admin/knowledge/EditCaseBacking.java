package bg.integra.web.admin.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.CaseDraft;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.Set;

/**
 * admin/knowledge/case.xhtml ({@code ?id=}, none for a new one): an anonymised case, its texts per language. Personal
 * data in any text (an ЕГН, an ЛНЧ, a telephone number, an e-mail address) is refused when it is submitted, with a
 * message at the text that holds it.
 */
@Named
@ViewScoped
public class EditCaseBacking extends KnowledgeEditor<CaseStudy> {

    private Region region;
    private IntegrationArea area;

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

    public Region[] getRegions() { return Region.values(); }
    public IntegrationArea[] getAreas() { return IntegrationArea.values(); }

    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public IntegrationArea getArea() { return area; }
    public void setArea(IntegrationArea area) { this.area = area; }
}
