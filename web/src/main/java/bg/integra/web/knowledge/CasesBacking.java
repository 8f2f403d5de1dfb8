package bg.integra.web.knowledge;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /cases: the published cases of the knowledge base, filtered with a plain GET form. */
@Named
@RequestScoped
public class CasesBacking extends KnowledgeListPage<CaseStudy> {

    @Inject
    private KnowledgeService knowledge;

    @Override
    protected Page<CaseStudy> read(KnowledgeQuery query, PageRequest request) {
        return knowledge.cases(new KnowledgeQuery(query.text(), query.region(), null, query.area(), null), request);
    }

    @Override
    protected String path() {
        return "/cases";
    }
}
