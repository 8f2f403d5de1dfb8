package bg.integra.web.event;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import bg.integra.event.Event;
import bg.integra.event.EventQuery;
import bg.integra.event.EventService;
import bg.integra.project.EventKind;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /events: upcoming events soonest first or, with {@code ?when=past}, past ones latest first, filtered by region
 * and kind with a plain GET form, so that a filtered list is an address that can be shared and cached.
 */
@Named
@RequestScoped
public class EventsBacking extends PortalPage {

    static final int PAGE_SIZE = 10;
    static final String PAST = "past";

    @Inject
    private EventService events;

    private String pageParameter;
    private String whenParameter;
    private String regionParameter;
    private String kindParameter;
    private Region region;
    private EventKind kind;
    private Page<Event> page;

    public void load() {
        PageTags.declare(Tags.list(ContentType.EVENT), Tags.PROJECTS);
        region = option(Region.class, regionParameter);
        kind = option(EventKind.class, kindParameter);
        page = events.events(new EventQuery(isPast(), region, kind, null), pageRequest(pageParameter, PAGE_SIZE));
    }

    public boolean isPast() {
        return PAST.equals(whenParameter);
    }

    /** The list of the other tab (upcoming ↔ past) with the same filters. */
    public String getUpcomingLink() { return link("/events", filters(null)); }
    public String getPastLink() { return link("/events", filters(PAST)); }

    private Map<String, Object> filters(String when) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("when", when);
        filters.put("region", region);
        filters.put("kind", kind);
        return filters;
    }

    public List<Event> getEvents() { return page.items(); }
    public Content getFirstWithCover() { return firstWithCover(page.items()); }
    public Pager getPager() { return pager(page, "/events", filters(isPast() ? PAST : null)); }
    public Region[] getRegions() { return Region.values(); }
    public EventKind[] getKinds() { return EventKind.values(); }
    public Region getRegion() { return region; }
    public EventKind getKind() { return kind; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getWhenParameter() { return whenParameter; }
    public void setWhenParameter(String whenParameter) { this.whenParameter = whenParameter; }
    public String getRegionParameter() { return regionParameter; }
    public void setRegionParameter(String regionParameter) { this.regionParameter = regionParameter; }
    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { this.kindParameter = kindParameter; }
}
