package bg.integra.web.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.Practice;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** /practices/{id}: a published good practice with every field of its template and the measures drawn from it. */
@Named
@RequestScoped
public class PracticeBacking extends KnowledgePage {

    @Inject
    private KnowledgeService knowledge;

    private String idParameter;
    private Practice practice;
    private List<Measure> measures;

    public void load() {
        Long id = id(idParameter);
        try {
            if (id == null) throw new NotFoundException("Practice", idParameter);
            practice = knowledge.practice(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.KNOWLEDGE);
        measures = knowledge.measuresFrom(practice);
    }

    public Practice getPractice() { return practice; }
    public List<Measure> getMeasures() { return measures; }
    public String getBackLink() { return link("/practices", Map.of()); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
}
