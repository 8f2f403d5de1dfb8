package bg.integra.web.network;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.OpeningHours;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.PortalCacheFilter;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /network/{slug}: a member of the network with what it does, each of its locations (address, hours in Sofia's
 * time with "open now", languages spoken, how to reach it, accessibility, when it was checked) and its services.
 */
@Named
@RequestScoped
public class MemberBacking extends PortalPage {

    @Inject
    private DirectoryService directory;

    private String slug;
    private Organisation member;
    private List<Location> locations;
    private List<Service> services;
    private Map<Long, List<Service>> servicesAt;
    private LocalDateTime now;

    public void load() {
        try {
            member = directory.member(slug == null ? "" : slug);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.NETWORK);
        now = LocalDateTime.now(Location.ZONE);
        locations = directory.locationsOf(member);
        services = directory.servicesOf(member);
        servicesAt = directory.activeServicesAt(locations);
        locations.stream().map(l -> l.nextChangeAfter(now)).filter(Objects::nonNull).min(LocalDateTime::compareTo)
                .ifPresent(until -> FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                        .put(PortalCacheFilter.VALID_UNTIL, until.atZone(Location.ZONE).toInstant()));
    }

    public boolean isOpen(Location location) {
        return location.isOpenAt(now);
    }

    /** A location's hours grouped by day, Monday first: "Понеделник: 09:00–13:00, 14:00–18:00". */
    public List<DayHours> hoursOf(Location location) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new DayHours(capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale())),
                        location.getHours().stream().filter(h -> h.getDay() == day).toList()))
                .toList();
    }

    private String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
    }

    public List<Service> servicesAt(Location location) {
        return servicesAt.getOrDefault(location.getId(), List.of());
    }

    /** Not checked for a year or more: the page says so beside the date. */
    public boolean isStale(Location location) {
        return location.getVerification().isStale(LocalDate.now(Location.ZONE));
    }

    /** A date as the page's language writes it in full: "7 декември 2026 г.". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(date);
    }

    /** One day of the week with its hours (none: closed); getters for Jakarta EL 5. */
    public record DayHours(String day, List<OpeningHours> hours) {
        public String getDay() { return day; }
        public List<OpeningHours> getHours() { return hours; }
    }

    public Organisation getMember() { return member; }
    public List<Location> getLocations() { return locations; }
    public List<Service> getServices() { return services; }
    public String getBackLink() { return link("/network", Map.of()); }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
