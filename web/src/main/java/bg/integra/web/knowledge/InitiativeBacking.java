package bg.integra.web.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** /initiatives/{id}: a member's published initiative or completed project, when and where, and whom to ask. */
@Named
@RequestScoped
public class InitiativeBacking extends KnowledgePage {

    @Inject
    private KnowledgeService knowledge;

    private String idParameter;
    private Initiative initiative;

    public void load() {
        Long id = id(idParameter);
        try {
            if (id == null) throw new NotFoundException("Initiative", idParameter);
            initiative = knowledge.initiative(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.KNOWLEDGE);
    }

    public Initiative getInitiative() { return initiative; }
    public String getBackLink() { return link("/initiatives", Map.of()); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
}
