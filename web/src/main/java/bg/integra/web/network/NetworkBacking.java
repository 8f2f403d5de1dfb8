package bg.integra.web.network;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.common.Region;
import bg.integra.network.DirectoryEntry;
import bg.integra.network.DirectoryQuery;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.ServiceKind;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import bg.integra.web.portal.PortalCacheFilter;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /network: the centres of the network found with a plain GET form (words, region, town, service, language, open
 * now) and, with {@code near=REGION} (the regional town) or {@code lat}/{@code lon} (the visitor's position, which
 * the map's script fills in), ranked by distance. Each centre says whether it is open at the moment of the page,
 * so a cached copy is kept only until the first listed centre opens or closes.
 */
@Named
@RequestScoped
public class NetworkBacking extends PortalPage {

    static final int PAGE_SIZE = 20;
    private static final int MAX_TEXT = 200;

    @Inject
    private DirectoryService directory;

    @Inject
    private DirectoryLanguages languages;

    private String pageParameter;
    private String q;
    private String regionParameter;
    private String city;
    private String kindParameter;
    private String languageParameter;
    private String openParameter;
    private String nearParameter;
    private String latParameter;
    private String lonParameter;

    private Region region;
    private ServiceKind kind;
    private String spoken;
    private Region near;
    private DirectoryQuery.Point point;
    private Page<DirectoryEntry> page;

    public void load() {
        PageTags.declare(Tags.NETWORK);
        region = option(Region.class, regionParameter);
        kind = option(ServiceKind.class, kindParameter);
        spoken = languages.isKnown(trimmed(languageParameter)) ? trimmed(languageParameter) : null;
        q = clip(q);
        city = clip(city);
        near = option(Region.class, nearParameter);
        point = position(latParameter, lonParameter);
        if (point == null && near != null) point = new DirectoryQuery.Point(near.latitude(), near.longitude());
        LocalDateTime now = LocalDateTime.now(Location.ZONE);
        page = directory.search(new DirectoryQuery(q, region, city, kind, spoken, isOpenOnly(), point), now,
                pageRequest(pageParameter, PAGE_SIZE));
        validUntil(now);
    }

    /**
     * The moment this page stops being true: the next opening or closing of a centre it shows or, when it lists only
     * those open now, the next minute (any centre of the network may open then).
     */
    private void validUntil(LocalDateTime now) {
        LocalDateTime until = isOpenOnly() ? now.withSecond(0).withNano(0).plusMinutes(1)
                : page.items().stream().map(e -> e.location().nextChangeAfter(now)).filter(Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(null);
        if (until != null) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .put(PortalCacheFilter.VALID_UNTIL, until.atZone(Location.ZONE).toInstant());
        }
    }

    /** A point from the address, or null when either half is missing or is not a position on Earth. */
    private static DirectoryQuery.Point position(String lat, String lon) {
        if (lat == null || lon == null) return null;
        try {
            return new DirectoryQuery.Point(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()));
        } catch (IllegalArgumentException e) { // NumberFormatException too
            return null;
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String clip(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("region", region);
        filters.put("city", city);
        filters.put("kind", kind);
        filters.put("language", spoken);
        filters.put("open", isOpenOnly() ? "1" : null);
        filters.put("near", near);
        if (near == null && point != null) {
            filters.put("lat", point.latitude());
            filters.put("lon", point.longitude());
        }
        return filters;
    }

    public boolean isOpenOnly() { return "1".equals(openParameter) || "on".equals(openParameter); }
    public boolean isRanked() { return point != null; }
    public List<DirectoryEntry> getEntries() { return page.items(); }
    public long getTotal() { return page.totalItems(); }
    public Pager getPager() { return pager(page, "/network", filters()); }
    /** The address of a member's page, at the centre's place on it. */
    public String memberLink(Location location) {
        return link("/network/" + location.getOrganisation().getSlug(), Map.of()) + "#location-" + location.getId();
    }
    public List<String> getLanguageCodes() { return languages.codes(language.getLocale()); }
    public Region[] getRegions() { return Region.values(); }
    public ServiceKind[] getKinds() { return ServiceKind.values(); }
    public Region getRegion() { return region; }
    public ServiceKind getKind() { return kind; }
    public String getSpoken() { return spoken; }
    public Region getNear() { return near; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getRegionParameter() { return regionParameter; }
    public void setRegionParameter(String regionParameter) { this.regionParameter = regionParameter; }
    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { this.kindParameter = kindParameter; }
    public String getLanguageParameter() { return languageParameter; }
    public void setLanguageParameter(String languageParameter) { this.languageParameter = languageParameter; }
    public String getOpenParameter() { return openParameter; }
    public void setOpenParameter(String openParameter) { this.openParameter = openParameter; }
    public String getNearParameter() { return nearParameter; }
    public void setNearParameter(String nearParameter) { this.nearParameter = nearParameter; }
    public String getLatParameter() { return latParameter; }
    public void setLatParameter(String latParameter) { this.latParameter = latParameter; }
    public String getLonParameter() { return lonParameter; }
    public void setLonParameter(String lonParameter) { this.lonParameter = lonParameter; }
}
