package bg.integra.web.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.MeasureStatus;
import bg.integra.knowledge.TargetAudience;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of the knowledge base: the published items found with a plain GET form (words, oblast, and what applies to
 * the list: target audience, area, a measure's status, an initiative's kind), paged; an odd parameter is no filter.
 */
public abstract class KnowledgeListPage<T> extends KnowledgePage {

    static final int PAGE_SIZE = 20;
    private static final int MAX_TEXT = 200;

    private String pageParameter;
    private String q;
    private String regionParameter;
    private String audienceParameter;
    private String areaParameter;
    private String statusParameter;
    private String kindParameter;

    private Region region;
    private TargetAudience audience;
    private IntegrationArea area;
    private MeasureStatus status;
    private InitiativeKind kind;
    private Page<T> page;

    public void load() {
        PageTags.declare(Tags.KNOWLEDGE);
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(MAX_TEXT, q.strip().length()));
        region = option(Region.class, regionParameter);
        audience = option(TargetAudience.class, audienceParameter);
        area = option(IntegrationArea.class, areaParameter);
        status = option(MeasureStatus.class, statusParameter);
        kind = option(InitiativeKind.class, kindParameter);
        page = read(new KnowledgeQuery(q, region, audience, area, status, kind), pageRequest(pageParameter, PAGE_SIZE));
    }

    /** The page of items; a list ignores the parts of the query that do not apply to it. */
    protected abstract Page<T> read(KnowledgeQuery query, PageRequest request);

    /** The list's address: {@code /practices}. */
    protected abstract String path();

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("region", region);
        filters.put("audience", audience);
        filters.put("area", area);
        filters.put("status", status);
        filters.put("kind", kind);
        return filters;
    }

    public boolean isFiltered() { return filters().values().stream().anyMatch(Objects::nonNull); }
    public List<T> getItems() { return page.items(); }
    public long getTotal() { return page.totalItems(); }
    public Pager getPager() { return pager(page, path(), filters()); }
    public Region[] getRegions() { return Region.values(); }
    public TargetAudience[] getAudiences() { return TargetAudience.values(); }
    public IntegrationArea[] getAreas() { return IntegrationArea.values(); }
    public MeasureStatus[] getStatuses() { return MeasureStatus.values(); }
    public InitiativeKind[] getKinds() { return InitiativeKind.values(); }
    public Region getRegion() { return region; }
    public TargetAudience getAudience() { return audience; }
    public IntegrationArea getArea() { return area; }
    public MeasureStatus getStatus() { return status; }
    public InitiativeKind getKind() { return kind; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getRegionParameter() { return regionParameter; }
    public void setRegionParameter(String regionParameter) { this.regionParameter = regionParameter; }
    public String getAudienceParameter() { return audienceParameter; }
    public void setAudienceParameter(String audienceParameter) { this.audienceParameter = audienceParameter; }
    public String getAreaParameter() { return areaParameter; }
    public void setAreaParameter(String areaParameter) { this.areaParameter = areaParameter; }
    public String getStatusParameter() { return statusParameter; }
    public void setStatusParameter(String statusParameter) { this.statusParameter = statusParameter; }
    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { this.kindParameter = kindParameter; }
}
