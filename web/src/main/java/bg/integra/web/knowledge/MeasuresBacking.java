package bg.integra.web.knowledge;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /measures: the published measures of the knowledge base, filtered with a plain GET form. */
@Named
@RequestScoped
public class MeasuresBacking extends KnowledgeListPage<Measure> {

    @Inject
    private KnowledgeService knowledge;

    @Override
    protected Page<Measure> read(KnowledgeQuery query, PageRequest request) {
        return knowledge.measures(new KnowledgeQuery(query.text(), query.region(), null, null, query.status()), request);
    }

    @Override
    protected String path() {
        return "/measures";
    }
}
