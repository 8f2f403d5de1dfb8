package bg.integra.web.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.CaseStudy;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** /cases/{id}: a published, anonymised case and the regional measures drawn from it. */
@Named
@RequestScoped
public class CaseBacking extends KnowledgePage {

    @Inject
    private KnowledgeService knowledge;

    private String idParameter;
    private CaseStudy caseStudy;
    private List<Measure> measures;

    public void load() {
        Long id = id(idParameter);
        try {
            if (id == null) throw new NotFoundException("CaseStudy", idParameter);
            caseStudy = knowledge.caseStudy(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.KNOWLEDGE);
        measures = knowledge.measuresFrom(caseStudy);
    }

    public CaseStudy getCaseStudy() { return caseStudy; }
    public List<Measure> getMeasures() { return measures; }
    public String getBackLink() { return link("/cases", Map.of()); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
}
