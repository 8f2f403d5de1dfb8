package bg.integra.web.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.Measure;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * /measures/{id}: a published regional measure, where it has got with the institution it is addressed to, and the
 * published cases and practices it comes from.
 */
@Named
@RequestScoped
public class MeasureBacking extends KnowledgePage {

    @Inject
    private KnowledgeService knowledge;

    private String idParameter;
    private Measure measure;

    public void load() {
        Long id = id(idParameter);
        try {
            if (id == null) throw new NotFoundException("Measure", idParameter);
            measure = knowledge.measure(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.KNOWLEDGE);
    }

    public Measure getMeasure() { return measure; }
    public String getBackLink() { return link("/measures", Map.of()); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
}
