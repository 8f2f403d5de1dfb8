package bg.integra.demo;

import bg.integra.common.Address;
import bg.integra.common.Region;
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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network's directory for the demo, not yet stored: the two beneficiaries of the source projects and eight
 * made-up centres across Bulgaria (the names, addresses and telephone numbers are invented), each with its
 * locations, opening hours, languages and services. A few records were checked more than a year ago, so that the
 * back-office has something to flag.
 */
final class DemoNetwork {

    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final LocalDate today;

    private DemoNetwork(LocalDate today) {
        this.today = today;
    }

    List<Organisation> organisations() { return organisations; }
    List<Location> locations() { return locations; }
    List<Service> services() { return services; }

    /** The directory; {@code maritsa} and {@code union} (stored by then or not) become members. */
    static DemoNetwork create(Organisation maritsa, Organisation union, LocalDate today) {
        DemoNetwork demo = new DemoNetwork(today);
        demo.beneficiaries(maritsa, union);
        demo.centres();
        return demo;
    }

    private void beneficiaries(Organisation maritsa, Organisation union) {
        member(maritsa, "rsr-maritsa",
                "Сдружението координира мрежата на информационните центрове в Хасковска област и води практикума за регионални мерки.",
                "The association coordinates the network of information centres in the Haskovo region and runs the practicum on regional measures.");
        Location haskovo = location(maritsa, "Информационен център „Марица“ – Хасково", "Maritsa information centre – Haskovo",
                Region.HASKOVO, "ул. „Стефан Стамболов“ 12", "Хасково", "6300", 41.9344, 25.5554, "+359 38 600 112",
                Set.of("bg", "en", "ar", "tr"), weekdays(9, 17), 2);
        haskovo.setText("ar", new LocationText("مركز معلومات ماريتسا – هاسكوفو", null, null, null));
        haskovo.setText("en", new LocationText("Maritsa information centre – Haskovo",
                "Information and referral for third-country nationals, in the town centre.",
                "Two minutes from the central bus stop „Общината“; buses 1, 4 and 7.",
                "Ground floor, a ramp at the entrance, an accessible toilet."));
        service(maritsa, ServiceKind.INFORMATION, "Информация и насочване", "Information and referral",
                "Граждани на трети държави и техните семейства", "Third-country nationals and their families",
                Set.of("bg", "en", "ar", "tr"), haskovo);
        service(maritsa, ServiceKind.LEGAL_ADVICE, "Правна консултация по пребиваване", "Legal advice on residence",
                "Граждани на трети държави с разрешение за пребиваване или в процедура", "Third-country nationals with a residence permit or in a procedure",
                Set.of("bg", "en", "ar"), haskovo);
        Location harmanli = location(maritsa, "Приемна „Марица“ – Харманли", "Maritsa desk – Harmanli", Region.HASKOVO,
                "ул. „Цар Освободител“ 3", "Харманли", "6450", 41.9267, 25.9006, "+359 373 800 21",
                Set.of("bg", "ar", "fa"), List.of(hours(DayOfWeek.TUESDAY, 10, 16), hours(DayOfWeek.THURSDAY, 10, 16)), 3);
        service(maritsa, ServiceKind.INTERPRETATION, "Устен превод при посещение в институции", "Interpreting at visits to institutions",
                "Търсещи и получили международна закрила", "People seeking or granted international protection",
                Set.of("ar", "fa", "bg"), harmanli);

        member(union, "sindikat-obrazovanie",
                "Синдикатът подкрепя учители на деца на имигранти и води курсове по български език за родители.",
                "The union supports the teachers of immigrant children and runs Bulgarian courses for parents.");
        Location sofia = location(union, "Синдикат „Образование“ – консултантски център", "Education Trade Union – advice centre",
                Region.SOFIA_CITY, "бул. „Витоша“ 41", "София", "1000", 42.6905, 23.3191, "+359 2 900 4410",
                Set.of("bg", "en", "ru"), weekdays(9, 18), 1);
        service(union, ServiceKind.BULGARIAN_COURSES, "Български език за родители", "Bulgarian for parents",
                "Родители на ученици, граждани на трети държави", "Parents of pupils who are third-country nationals",
                Set.of("bg", "en", "ru"), sofia);
        service(union, ServiceKind.EDUCATION, "Консултации за записване в училище", "Advice on enrolling in school",
                "Семейства с деца в училищна възраст", "Families with children of school age",
                Set.of("bg", "en", "ru", "uk"), sofia);
    }

    private void centres() {
        centre("Център за интеграция „Мост“", "Bridge integration centre", "tsentar-most", OrganisationKind.INFORMATION_CENTRE,
                Region.SOFIA_CITY, "ул. „Пиротска“ 27", "София", "1301", 42.6986, 23.3177, "+359 2 800 3310",
                Set.of("bg", "en", "ar", "fa", "uk"), weekdays(9, 17), 4,
                ServiceKind.INFORMATION, ServiceKind.PSYCHOLOGICAL_SUPPORT, ServiceKind.HOUSING);
        centre("Сдружение „Нов дом“ – Пловдив", "New Home association – Plovdiv", "nov-dom-plovdiv", OrganisationKind.NGO,
                Region.PLOVDIV, "ул. „Иван Вазов“ 18", "Пловдив", "4000", 42.1439, 24.7496, "+359 32 600 510",
                Set.of("bg", "en", "tr", "ru"), weekdays(10, 18), 6,
                ServiceKind.EMPLOYMENT, ServiceKind.BULGARIAN_COURSES);
        centre("Морски център за мигранти – Варна", "Sea migrant centre – Varna", "morski-tsentar-varna", OrganisationKind.NGO,
                Region.VARNA, "бул. „Приморски“ 60", "Варна", "9000", 43.2033, 27.9178, "+359 52 700 220",
                Set.of("bg", "en", "ru", "uk"), weekdays(9, 17), 2,
                ServiceKind.INFORMATION, ServiceKind.EMPLOYMENT, ServiceKind.LEGAL_ADVICE);
        centre("Информационен център – Бургас", "Information centre – Burgas", "info-tsentar-burgas", OrganisationKind.MUNICIPALITY,
                Region.BURGAS, "ул. „Александровска“ 26", "Бургас", "8000", 42.4957, 27.4714, "+359 56 800 140",
                Set.of("bg", "en", "ru"), weekdays(8, 17), 15,
                ServiceKind.INFORMATION, ServiceKind.SOCIAL_ASSISTANCE);
        centre("Здравна медиация „Дунав“ – Русе", "Danube health mediation – Ruse", "zdravna-mediatsiya-ruse", OrganisationKind.NGO,
                Region.RUSE, "ул. „Борисова“ 9", "Русе", "7000", 43.8487, 25.9534, "+359 82 500 330",
                Set.of("bg", "ro", "ar"), List.of(hours(DayOfWeek.MONDAY, 9, 13), hours(DayOfWeek.WEDNESDAY, 9, 13),
                        hours(DayOfWeek.WEDNESDAY, 14, 18), hours(DayOfWeek.FRIDAY, 9, 13)), 5,
                ServiceKind.HEALTH_MEDIATION);
        centre("Фондация „Равни шансове“ – Стара Загора", "Equal Chances foundation – Stara Zagora", "ravni-shansove-stara-zagora",
                OrganisationKind.NGO, Region.STARA_ZAGORA, "бул. „Руски“ 35", "Стара Загора", "6000", 42.4258, 25.6345,
                "+359 42 600 780", Set.of("bg", "en", "tr"), weekdays(9, 17), 20,
                ServiceKind.LEGAL_ADVICE, ServiceKind.EMPLOYMENT);
        centre("Подкрепа за бежанци „Пирин“ – Благоевград", "Pirin refugee support – Blagoevgrad", "pirin-blagoevgrad",
                OrganisationKind.NGO, Region.BLAGOEVGRAD, "ул. „Тодор Александров“ 4", "Благоевград", "2700", 42.0116, 23.0943,
                "+359 73 800 660", Set.of("bg", "en", "ar", "fa"), List.of(hours(DayOfWeek.TUESDAY, 9, 17),
                        hours(DayOfWeek.THURSDAY, 9, 17), hours(DayOfWeek.SATURDAY, 10, 14)), 8,
                ServiceKind.PSYCHOLOGICAL_SUPPORT, ServiceKind.INTERPRETATION, ServiceKind.BULGARIAN_COURSES);
        centre("Областен информационен център – Плевен", "Regional information centre – Pleven", "oblasten-tsentar-pleven",
                OrganisationKind.STATE_AGENCY, Region.PLEVEN, "пл. „Възраждане“ 2", "Плевен", "5800", 43.4170, 24.6067,
                "+359 64 800 900", Set.of("bg", "en"), weekdays(9, 17), 3,
                ServiceKind.INFORMATION, ServiceKind.EMPLOYMENT);
    }

    private void centre(String nameBg, String nameEn, String slug, OrganisationKind kind, Region region, String street,
                        String city, String postcode, double lat, double lon, String phone, Set<String> languages,
                        List<OpeningHours> hours, int monthsSinceChecked, ServiceKind... kinds) {
        Organisation organisation = new Organisation(nameBg, kind, region);
        organisation.setName("en", nameEn);
        organisation.setAddress(new Address(street, city, postcode));
        organisation.setPhone(phone);
        member(organisation, slug, nameBg + " помага на граждани на трети държави в " + city + " и региона.",
                nameEn + " helps third-country nationals in and around " + city + ".");
        Location location = location(organisation, nameBg, nameEn, region, street, city, postcode, lat, lon, phone,
                languages, hours, monthsSinceChecked);
        for (ServiceKind serviceKind : kinds) {
            service(organisation, serviceKind, SERVICE_NAMES_BG.get(serviceKind), SERVICE_NAMES_EN.get(serviceKind),
                    "Граждани на трети държави и членове на семействата им", "Third-country nationals and their family members",
                    languages, location);
        }
    }

    private void member(Organisation organisation, String slug, String descriptionBg, String descriptionEn) {
        organisation.joinNetwork(slug);
        organisation.setDescription("bg", descriptionBg);
        organisation.setDescription("en", descriptionEn);
        organisations.add(organisation);
    }

    private Location location(Organisation organisation, String nameBg, String nameEn, Region region, String street,
                              String city, String postcode, double lat, double lon, String phone, Set<String> languages,
                              List<OpeningHours> hours, int monthsSinceChecked) {
        Location location = new Location(organisation, new LocationText(nameBg, null,
                "Спирка на градския транспорт на по-малко от 300 м.", "Входът е на нивото на тротоара."), region);
        location.setText("en", new LocationText(nameEn, null, "A city bus stop less than 300 m away.",
                "The entrance is level with the pavement."));
        location.setAddress(new Address(street, city, postcode));
        location.setPosition(lat, lon);
        location.setPhone(phone);
        location.setLanguages(languages);
        location.setHours(hours);
        location.setVerification(new Verification(today.minusMonths(monthsSinceChecked), "Мрежата на информационните центрове"));
        locations.add(location);
        return location;
    }

    private void service(Organisation organisation, ServiceKind kind, String nameBg, String nameEn, String forWhomBg,
                         String forWhomEn, Set<String> languages, Location... at) {
        Service service = new Service(organisation, kind, new ServiceText(nameBg, null, forWhomBg, null));
        service.setText("en", new ServiceText(nameEn, null, forWhomEn, null));
        service.setLanguages(languages);
        service.offerAt(List.of(at));
        service.setStatus(ServiceStatus.ACTIVE);
        service.setVerification(at[0].getVerification());
        services.add(service);
    }

    private static List<OpeningHours> weekdays(int opens, int closes) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(hours(day, opens, closes));
        }
        return hours;
    }

    private static OpeningHours hours(DayOfWeek day, int opens, int closes) {
        return new OpeningHours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }

    private static final Map<ServiceKind, String> SERVICE_NAMES_BG = Map.of(
            ServiceKind.INFORMATION, "Информация и насочване",
            ServiceKind.LEGAL_ADVICE, "Правни консултации",
            ServiceKind.BULGARIAN_COURSES, "Курсове по български език",
            ServiceKind.EMPLOYMENT, "Помощ при търсене на работа",
            ServiceKind.HEALTH_MEDIATION, "Здравна медиация",
            ServiceKind.HOUSING, "Помощ при намиране на жилище",
            ServiceKind.PSYCHOLOGICAL_SUPPORT, "Психологическа подкрепа",
            ServiceKind.INTERPRETATION, "Устен превод",
            ServiceKind.EDUCATION, "Консултации за образование",
            ServiceKind.SOCIAL_ASSISTANCE, "Социално подпомагане");

    private static final Map<ServiceKind, String> SERVICE_NAMES_EN = Map.of(
            ServiceKind.INFORMATION, "Information and referral",
            ServiceKind.LEGAL_ADVICE, "Legal advice",
            ServiceKind.BULGARIAN_COURSES, "Bulgarian language courses",
            ServiceKind.EMPLOYMENT, "Help in finding a job",
            ServiceKind.HEALTH_MEDIATION, "Health mediation",
            ServiceKind.HOUSING, "Help in finding a home",
            ServiceKind.PSYCHOLOGICAL_SUPPORT, "Psychological support",
            ServiceKind.INTERPRETATION, "Interpreting",
            ServiceKind.EDUCATION, "Advice on education",
            ServiceKind.SOCIAL_ASSISTANCE, "Social assistance");
}
