package bg.integra.web.knowledge;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /practices: the published practices of the knowledge base, filtered with a plain GET form. */
@Named
@RequestScoped
public class PracticesBacking extends KnowledgeListPage<Practice> {

    @Inject
    private KnowledgeService knowledge;

    @Override
    protected Page<Practice> read(KnowledgeQuery query, PageRequest request) {
        return knowledge.practices(new KnowledgeQuery(query.text(), query.region(), query.audience(), query.area(), null), request);
    }

    @Override
    protected String path() {
        return "/practices";
    }
}
