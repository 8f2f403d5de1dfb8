package bg.integra.rest.hsds;

import bg.integra.network.Location;
import bg.integra.network.LocationText;
import bg.integra.network.OpeningHours;
import bg.integra.network.Service;
import bg.integra.network.ServiceAtLocation;
import bg.integra.network.ServiceText;
import bg.integra.organisation.Organisation;
import bg.integra.rest.hsds.HsdsIds.Type;
import bg.integra.web.common.PortalTexts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * Our directory in HSDS's fields, in one language ({@code lang}, with the usual fallbacks to English and
 * Bulgarian). What HSDS requires and we may lack is given empty rather than left out (an organization's
 * description, an address's street and postcode); what we have and HSDS has no field for is left out (a
 * location's e-mail, who checked a record: HSDS knows only an assurer's e-mail).
 */
final class HsdsMapper {

    static final String COUNTRY = "BG";
    private static final String FREE_BG = "Безплатно";
    private static final String FREE_EN = "Free of charge";

    private final String lang;
    private final Locale locale;
    private final ResourceBundle texts;
    private final int timezone;

    HsdsMapper(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.texts = PortalTexts.of(lang);
        this.timezone = Location.ZONE.getRules().getOffset(Instant.now()).getTotalSeconds() / 3600;
    }

    // --- organizations

    /** An organization's own fields, as lists and other records give it. */
    HsdsOrganization organization(Organisation o) {
        return new HsdsOrganization(HsdsIds.of(Type.ORGANIZATION, o.getId()), o.name(lang),
                Objects.requireNonNullElse(o.description(lang), ""), o.getEmail(), o.getWebsite(), null, null, null);
    }

    /** A member with its phone, its locations in full and its services in brief. */
    HsdsOrganization organization(Organisation o, List<Service> services, List<Location> locations) {
        String id = HsdsIds.of(Type.ORGANIZATION, o.getId());
        List<HsdsPhone> phones = o.getPhone() == null ? List.of()
                : List.of(new HsdsPhone(HsdsIds.of(Type.ORGANIZATION_PHONE, o.getId()), id, null, null, o.getPhone()));
        return new HsdsOrganization(id, o.name(lang), Objects.requireNonNullElse(o.description(lang), ""), o.getEmail(),
                o.getWebsite(), phones, locations.stream().map(this::location).toList(),
                services.stream().map(s -> service(s, false)).toList());
    }

    // --- services

    /** A service's own fields, with its organization or without (inside the organization). */
    HsdsService service(Service s, boolean withOrganization) {
        ServiceText text = s.text(lang);
        LocalDate assured = s.getVerification().getOn();
        return new HsdsService(HsdsIds.of(Type.SERVICE, s.getId()), HsdsIds.of(Type.ORGANIZATION, s.getOrganisation().getId()),
                text.getName(), text.getDescription(), s.getUrl(), s.getEmail(), s.getStatus().hsds(), text.getEligibility(),
                fees(s, text), assured == null ? null : assured.toString(), null, null, null,
                withOrganization ? organization(s.getOrganisation()) : null);
    }

    /** One service in full: its phone, its languages and each location it is offered at. */
    HsdsService service(Service s) {
        HsdsService own = service(s, true);
        List<HsdsPhone> phones = s.getPhone() == null ? List.of()
                : List.of(new HsdsPhone(HsdsIds.of(Type.SERVICE_PHONE, s.getId()), null, own.id(), null, s.getPhone()));
        List<HsdsLanguage> languages = new TreeSet<>(s.getLanguages()).stream()
                .map(code -> new HsdsLanguage(HsdsIds.of(Type.SERVICE_LANGUAGE, s.getId(), HsdsIds.language(code)), own.id(),
                        null, languageName(code), code)).toList();
        List<HsdsServiceAtLocation> at = s.getAtLocations().stream()
                .map(a -> new HsdsServiceAtLocation(HsdsIds.of(Type.SERVICE_AT_LOCATION, a.getId()), own.id(),
                        HsdsIds.of(Type.LOCATION, a.getLocation().getId()), location(a.getLocation()), null)).toList();
        return new HsdsService(own.id(), own.organizationId(), own.name(), own.description(), own.url(), own.email(),
                own.status(), own.eligibilityDescription(), own.feesDescription(), own.assuredDate(), phones, languages, at,
                own.organization());
    }

    /** The fees in words; "free of charge" for a free service that says nothing more. */
    private String fees(Service s, ServiceText text) {
        if (text.getFees() != null || !s.isFree()) return text.getFees();
        return "bg".equals(lang) ? FREE_BG : FREE_EN;
    }

    // --- services at locations

    /** A service at a location as HSDS lists them: each side with its own fields, the service with its organization. */
    HsdsServiceAtLocation serviceAtLocation(ServiceAtLocation a) {
        HsdsService service = service(a.getService(), true);
        HsdsLocation location = locationFields(a.getLocation());
        return new HsdsServiceAtLocation(HsdsIds.of(Type.SERVICE_AT_LOCATION, a.getId()), service.id(), location.id(),
                location, service);
    }

    // --- locations

    /** A location's own fields. */
    HsdsLocation locationFields(Location l) {
        LocationText text = l.text(lang);
        return new HsdsLocation(HsdsIds.of(Type.LOCATION, l.getId()), "physical",
                HsdsIds.of(Type.ORGANIZATION, l.getOrganisation().getId()), text.getName(), text.getDescription(),
                text.getTransportation(), l.getLatitude(), l.getLongitude(), null, null, null, null, null);
    }

    /** A location in full: languages, address, phone, weekly schedules, accessibility. */
    HsdsLocation location(Location l) {
        HsdsLocation own = locationFields(l);
        String id = own.id();
        List<HsdsLanguage> languages = new TreeSet<>(l.getLanguages()).stream()
                .map(code -> new HsdsLanguage(HsdsIds.of(Type.LOCATION_LANGUAGE, l.getId(), HsdsIds.language(code)), null, id,
                        languageName(code), code)).toList();
        var a = l.getAddress();
        List<HsdsLocation.Address> addresses = List.of(new HsdsLocation.Address(HsdsIds.of(Type.ADDRESS, l.getId()), id,
                Objects.requireNonNullElse(a.getStreet(), ""), Objects.requireNonNullElse(a.getCity(), ""),
                texts.getString("region." + l.getRegion().name()), Objects.requireNonNullElse(a.getPostcode(), ""), COUNTRY,
                "physical"));
        List<HsdsPhone> phones = l.getPhone() == null ? List.of()
                : List.of(new HsdsPhone(HsdsIds.of(Type.LOCATION_PHONE, l.getId()), null, null, id, l.getPhone()));
        String accessible = l.text(lang).getAccessibility();
        List<HsdsLocation.Accessibility> accessibility = accessible == null ? List.of()
                : List.of(new HsdsLocation.Accessibility(HsdsIds.of(Type.ACCESSIBILITY, l.getId()), id, accessible));
        return new HsdsLocation(id, own.locationType(), own.organizationId(), own.name(), own.description(),
                own.transportation(), own.latitude(), own.longitude(), languages, addresses, phones, schedules(l), accessibility);
    }

    /** The opening hours as weekly schedules: the days that open and close at the same times make one. */
    private List<HsdsLocation.Schedule> schedules(Location l) {
        Map<String, List<OpeningHours>> byTimes = new LinkedHashMap<>();
        for (OpeningHours h : l.getHours()) {
            byTimes.computeIfAbsent(h.getOpensText() + "-" + h.getClosesText(), k -> new ArrayList<>()).add(h);
        }
        String locationId = HsdsIds.of(Type.LOCATION, l.getId());
        return byTimes.values().stream().map(days -> {
            OpeningHours first = days.get(0);
            int part = first.getWeekday() * 1440 + minute(first.getOpensText());
            String byday = String.join(",", days.stream().map(h -> day(h.getDay())).toList());
            return new HsdsLocation.Schedule(HsdsIds.of(Type.SCHEDULE, l.getId(), part), locationId, "WEEKLY", byday,
                    first.getOpensText(), first.getClosesText(), timezone);
        }).toList();
    }

    private static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }

    /** iCalendar's day: MO, TU, WE, TH, FR, SA, SU. */
    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The language's name in the answer's language ("арабски", "Arabic"); null where Java does not know it. */
    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? null : name;
    }
}
