package bg.integra.web.knowledge;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.web.portal.PortalCacheFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;

/**
 * /initiatives: the members' published initiatives, upcoming ones first (soonest first), then completed projects
 * (latest first), filtered with a plain GET form by words, oblast and kind.
 */
@Named
@RequestScoped
public class InitiativesBacking extends KnowledgeListPage<Initiative> {

    @Inject
    private KnowledgeService knowledge;

    @Override
    public void load() {
        super.load();
        // an upcoming initiative leaves the list the day after it ends: the page is true until Sofia's midnight
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(PortalCacheFilter.VALID_UNTIL,
                LocalDate.now(KnowledgeItem.ZONE).plusDays(1).atStartOfDay(KnowledgeItem.ZONE).toInstant());
    }

    @Override
    protected Page<Initiative> read(KnowledgeQuery query, PageRequest request) {
        return knowledge.initiatives(new KnowledgeQuery(query.text(), query.region(), null, null, null, query.kind()), request);
    }

    @Override
    protected String path() {
        return "/initiatives";
    }
}
