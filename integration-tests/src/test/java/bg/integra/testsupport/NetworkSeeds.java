package bg.integra.testsupport;

import bg.integra.apitoken.ApiScope;
import bg.integra.apitoken.ApiToken;
import bg.integra.apitoken.TokenSecret;

import bg.integra.common.Address;
import bg.integra.common.Region;
import bg.integra.network.DirectoryOffers;
import bg.integra.network.Location;
import bg.integra.network.LocationText;
import bg.integra.network.OpeningHours;
import bg.integra.network.Service;
import bg.integra.network.ServiceKind;
import bg.integra.network.ServiceStatus;
import bg.integra.network.ServiceText;
import bg.integra.network.Verification;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Organisations of the network's directory with their locations and services, stored directly. */
@ApplicationScoped
@Transactional
public class NetworkSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    public Organisation organisation(String nameBg, String slug, Region region) {
        Organisation o = new Organisation(nameBg, OrganisationKind.NGO, region);
        o.setName("en", nameBg + " (en)");
        o.joinNetwork(slug);
        if (slug != null) {
            o.setDescription("bg", "Описание на " + nameBg);
            o.setDescription("en", "About " + nameBg);
        }
        em.persist(o);
        return o;
    }

    /** A location; {@code lat} null for one without a position. */
    public Location location(Organisation organisation, String name, String city, Region region, Double lat, Double lon,
                             Set<String> languages, List<OpeningHours> hours, LocalDate verifiedOn) {
        Location l = new Location(em.find(Organisation.class, organisation.getId()),
                new LocationText(name, "Описание " + name, "Автобус 1", "Рампа на входа"), region);
        l.setText("en", new LocationText(name + " (en)", null, null, null));
        l.setAddress(new Address("ул. „Тестова“ 1", city, "9999"));
        l.setPosition(lat, lon);
        l.setPhone("+359 2 123 456");
        l.setEmail("desk@example.bg");
        l.setLanguages(languages);
        l.setHours(hours);
        l.setVerification(new Verification(verifiedOn, "Проверител"));
        em.persist(l);
        DirectoryOffers.refresh(em, organisation.getId()); // as every writer of the directory does
        return l;
    }

    public Service service(Organisation organisation, ServiceKind kind, String name, ServiceStatus status,
                           Set<String> languages, List<Location> at) {
        Service s = new Service(em.find(Organisation.class, organisation.getId()), kind,
                new ServiceText(name, "Какво прави " + name, "За граждани на трети държави", null));
        s.setText("en", new ServiceText(name + " (en)", "What " + name + " does", "For third-country nationals", null));
        s.setStatus(status);
        s.setLanguages(languages);
        s.setUrl("https://example.bg/services");
        s.offerAt(at.stream().map(l -> em.find(Location.class, l.getId())).toList());
        s.setVerification(new Verification(LocalDate.now(Location.ZONE), "Проверител"));
        em.persist(s);
        DirectoryOffers.refresh(em, organisation.getId());
        return s;
    }

    /** An API token of the organisation, answered as its secret. */
    public String token(Organisation organisation, String name, ApiScope scope, boolean revoked) {
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(em.find(Organisation.class, organisation.getId()), name, scope, secret, "seed",
                LocalDateTime.now(Location.ZONE));
        if (revoked) token.revoke(LocalDateTime.now(Location.ZONE));
        em.persist(token);
        return secret.text();
    }

    public static List<OpeningHours> weekdays(int opens, int closes) {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream().map(d -> new OpeningHours(d, LocalTime.of(opens, 0), LocalTime.of(closes, 0))).toList();
    }
}
