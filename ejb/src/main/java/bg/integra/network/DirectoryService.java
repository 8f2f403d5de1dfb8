package bg.integra.network;

import bg.integra.common.Filtered;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the network's directory for the portal and the API: the centres (locations) of member organisations found
 * by region, town, kind of service, language and opening hours, or ranked by distance from a point; a member's own
 * page; services, locations and the services offered at each location as lists. Every list is paged in the
 * database and reads a fixed number of statements per page.
 */
@Stateless
@PermitAll
public class DirectoryService {

    private static final String ACTIVE = "bg.integra.network.ServiceStatus.ACTIVE";

    @PersistenceContext
    private EntityManager em;

    /** The centres that match, at the present moment in Sofia. */
    public Page<DirectoryEntry> search(@NotNull DirectoryQuery query, @NotNull PageRequest request) {
        return search(query, LocalDateTime.now(Location.ZONE), request);
    }

    /** The centres that match, "open now" meaning open at {@code sofiaTime}. */
    public Page<DirectoryEntry> search(@NotNull DirectoryQuery query, @NotNull LocalDateTime sofiaTime,
                                       @NotNull PageRequest request) {
        Filtered<Location> filtered = Filtered.of(Location.class, "l")
                .where("l.organisation.slug IS NOT NULL")
                .where("l.region = :region", "region", query.region())
                .where("LOWER(l.address.city) = :city", "city", lower(query.city()))
                .where("EXISTS (SELECT a.id FROM ServiceAtLocation a WHERE a.location = l AND a.service.kind = :kind"
                        + " AND a.service.status = " + ACTIVE + ")", "kind", query.kind())
                // the location's own languages and its active services', kept per location by DirectoryOffers
                .where("l.id IN (SELECT o.locationId FROM LocationOffer o WHERE o.code = :language)",
                        "language", lower(query.language()))
                .where("(LOWER(l.address.city) LIKE :text" + Filtered.ESCAPE
                        + " OR EXISTS (SELECT l3.id FROM Location l3 JOIN l3.texts t WHERE l3 = l AND LOWER(t.name) LIKE :text" + Filtered.ESCAPE + ")"
                        + " OR EXISTS (SELECT o.id FROM Organisation o JOIN o.names n WHERE o = l.organisation AND LOWER(VALUE(n)) LIKE :text" + Filtered.ESCAPE + "))",
                        "text", Filtered.containing(lower(query.text())))
                .readOnly();
        if (query.openNow()) {
            filtered.where("EXISTS (SELECT l4.id FROM Location l4 JOIN l4.hours h WHERE l4 = l AND h.weekday = :day"
                    + " AND h.opens <= :time AND h.closes > :time)",
                    Map.of("day", sofiaTime.getDayOfWeek().getValue(), "time", OpeningHours.minute(sofiaTime.toLocalTime())));
        }
        String order = "l.address.city, l.id";
        DirectoryQuery.Point near = query.near();
        if (near != null) {
            // positions first, nearest first; the flat-earth weight keeps the order of great-circle distances here
            order = "CASE WHEN l.latitude IS NULL THEN 1 ELSE 0 END,"
                    + " (l.latitude - :lat) * (l.latitude - :lat) + :weight * (l.longitude - :lon) * (l.longitude - :lon), l.id";
            filtered.orderParameter("lat", near.latitude()).orderParameter("lon", near.longitude())
                    .orderParameter("weight", GeoPoint.rankingWeight(near.latitude()));
        }
        Page<Location> page = filtered.page(em, order, request);
        Map<Long, List<Service>> services = activeServicesAt(page.items());
        return page.map(l -> new DirectoryEntry(l, services.getOrDefault(l.getId(), List.of()), l.isOpenAt(sofiaTime),
                near == null ? null : l.distanceTo(near.latitude(), near.longitude())));
    }

    /**
     * The active services offered at each of these locations, by kind: the services in one statement, then (when
     * touched) their texts, languages and links in one statement each for all of them, by the mappings' batch
     * fetching. Nothing here is join-fetched, because a join-fetched object's own collections are not batched.
     */
    public Map<Long, List<Service>> activeServicesAt(List<Location> locations) {
        Map<Long, List<Service>> byLocation = new LinkedHashMap<>();
        if (locations.isEmpty()) return byLocation;
        List<Service> services = ReadOnly.query(em.createQuery("SELECT s FROM Service s WHERE s.status = " + ACTIVE
                        + " AND EXISTS (SELECT a.id FROM ServiceAtLocation a WHERE a.service = s AND a.location IN :locations)"
                        + " ORDER BY s.kind, s.id", Service.class))
                .setParameter("locations", locations).getResultList();
        Set<Long> wanted = locations.stream().map(Location::getId).collect(Collectors.toSet());
        for (Service service : services) {
            for (ServiceAtLocation link : service.getAtLocations()) {
                Long at = link.getLocation().getId();
                if (wanted.contains(at)) byLocation.computeIfAbsent(at, id -> new ArrayList<>()).add(service);
            }
        }
        return byLocation;
    }

    /** A member of the network by the address of its page; not found for an organisation outside the network. */
    public Organisation member(@NotNull String slug) {
        return ReadOnly.query(em.createNamedQuery(Organisation.FIND_MEMBER_BY_SLUG, Organisation.class))
                .setParameter("slug", slug).getResultStream().filter(Organisation::isMember).findFirst()
                .orElseThrow(() -> new NotFoundException("Organisation", slug));
    }

    /** A member of the network by its number. */
    public Organisation member(long id) {
        Organisation organisation = ReadOnly.find(em, Organisation.class, id);
        if (organisation == null || !organisation.isMember()) throw new NotFoundException("Organisation", id);
        return organisation;
    }

    public Page<Organisation> members(String text, Region region, @NotNull PageRequest request) {
        return Filtered.of(Organisation.class, "o")
                .where("o.slug IS NOT NULL")
                .where("o.region = :region", "region", region)
                .where("EXISTS (SELECT o2.id FROM Organisation o2 JOIN o2.names n WHERE o2 = o AND LOWER(VALUE(n)) LIKE :text"
                        + Filtered.ESCAPE + ")", "text", Filtered.containing(lower(text)))
                .readOnly()
                .page(em, "o.slug", request);
    }

    /** An organisation's locations, by town. */
    public List<Location> locationsOf(@NotNull Organisation organisation) {
        return ReadOnly.query(em.createQuery("SELECT l FROM Location l WHERE l.organisation = :organisation"
                        + " ORDER BY l.address.city, l.id", Location.class))
                .setParameter("organisation", organisation).getResultList();
    }

    /** An organisation's services, active ones first, by kind; with the locations each is offered at. */
    public List<Service> servicesOf(@NotNull Organisation organisation) {
        return ReadOnly.query(em.createQuery("SELECT s FROM Service s WHERE s.organisation = :organisation"
                        + " ORDER BY s.status, s.kind, s.id", Service.class))
                .setParameter("organisation", organisation).getResultList();
    }

    /** Services of member organisations in any status (the API tells the status), filtered as the directory is. */
    public Page<Service> services(ServiceKind kind, ServiceStatus status, String language, Region region,
                                  @NotNull PageRequest request) {
        return Filtered.of(Service.class, "s")
                .where("s.organisation.slug IS NOT NULL")
                .where("s.kind = :kind", "kind", kind)
                .where("s.status = :status", "status", status)
                .where("EXISTS (SELECT s2.id FROM Service s2 JOIN s2.languages c WHERE s2 = s AND c = :language)",
                        "language", lower(language))
                .where("EXISTS (SELECT a.id FROM ServiceAtLocation a WHERE a.service = s AND a.location.region = :region)",
                        "region", region)
                .readOnly()
                .page(em, "s.id", request);
    }

    public Service service(long id) {
        Service service = ReadOnly.find(em, Service.class, id);
        if (service == null || !service.getOrganisation().isMember()) throw new NotFoundException("Service", id);
        return service;
    }

    public Location location(long id) {
        Location location = ReadOnly.find(em, Location.class, id);
        if (location == null || !location.getOrganisation().isMember()) throw new NotFoundException("Location", id);
        return location;
    }

    /** Every service offered at a location, as HSDS lists them. */
    public Page<ServiceAtLocation> servicesAtLocations(@NotNull PageRequest request) {
        return Filtered.of(ServiceAtLocation.class, "a")
                .where("a.service.organisation.slug IS NOT NULL")
                .readOnly()
                .page(em, "a.id", request);
    }

    private static String lower(String text) {
        if (text == null || text.isBlank()) return null;
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
