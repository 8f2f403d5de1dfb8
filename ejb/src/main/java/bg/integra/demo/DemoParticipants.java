package bg.integra.demo;

import bg.integra.registration.Registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The people who came to the four discussion seminars of the union's project: 140 distinct participants from the
 * target groups, as the final report counts them. Names are made up (Bulgarian, and of the immigrant communities
 * in Sofia) but plausible; they are drawn from a fixed seed so that every installation gets the same people.
 * Ten people of the first seminar came back to the last, and a few registered but did not come, so the figures
 * count distinct people present rather than registrations.
 */
final class DemoParticipants {

    /** The target groups of the people, in the proportions of the seminars' lists. */
    private static final String[] GROUPS = {
            "IMMIGRANT_COMMUNITY", "IMMIGRANT_COMMUNITY", "IMMIGRANT_COMMUNITY", "IMMIGRANT_COMMUNITY",
            "NGO", "NGO", "NGO", "INSTITUTION", "INSTITUTION", "LOCAL_AUTHORITY", "LOCAL_AUTHORITY",
            "TERRITORIAL_UNIT", "SOCIAL_PARTNER", "SOCIAL_PARTNER", "MEDIA"};

    // first name (Cyrillic, Latin), family name (Cyrillic, Latin)
    private static final String[][] BULGARIAN_WOMEN = {{"Мария", "maria"}, {"Елена", "elena"}, {"Десислава", "desislava"},
            {"Гергана", "gergana"}, {"Петя", "petya"}, {"Надежда", "nadezhda"}, {"Силвия", "silvia"}, {"Радостина", "radostina"},
            {"Цветелина", "tsvetelina"}, {"Ивелина", "ivelina"}, {"Милена", "milena"}, {"Теодора", "teodora"}};
    private static final String[][] BULGARIAN_MEN = {{"Георги", "georgi"}, {"Иван", "ivan"}, {"Димитър", "dimitar"},
            {"Николай", "nikolay"}, {"Стоян", "stoyan"}, {"Христо", "hristo"}, {"Петър", "petar"}, {"Асен", "asen"},
            {"Любомир", "lyubomir"}, {"Калин", "kalin"}, {"Васил", "vasil"}, {"Тодор", "todor"}};
    private static final String[][] BULGARIAN_FAMILIES = {{"Иванов", "ivanov"}, {"Петров", "petrov"}, {"Георгиев", "georgiev"},
            {"Димитров", "dimitrov"}, {"Стоянов", "stoyanov"}, {"Николов", "nikolov"}, {"Христов", "hristov"},
            {"Тодоров", "todorov"}, {"Ангелов", "angelov"}, {"Костадинов", "kostadinov"}, {"Маринов", "marinov"},
            {"Попов", "popov"}, {"Василев", "vasilev"}, {"Колев", "kolev"}};
    private static final String[][] IMMIGRANT_NAMES = {{"Ахмад", "ahmad"}, {"Фатима", "fatima"}, {"Мохамед", "mohamed"},
            {"Лейла", "leyla"}, {"Хасан", "hasan"}, {"Зейнаб", "zeynab"}, {"Омар", "omar"}, {"Марям", "maryam"},
            {"Олена", "olena"}, {"Андрій", "andriy"}, {"Наталия", "natalia"}, {"Сергей", "sergey"}, {"Айше", "ayshe"},
            {"Мехмет", "mehmet"}, {"Арам", "aram"}, {"Ануш", "anush"}, {"Нгуен", "nguyen"}, {"Ли", "li"},
            {"Фархад", "farhad"}, {"Шабнам", "shabnam"}};
    private static final String[][] IMMIGRANT_FAMILIES = {{"Ал-Хасан", "alhasan"}, {"Хадад", "haddad"}, {"Рахими", "rahimi"},
            {"Карими", "karimi"}, {"Шевченко", "shevchenko"}, {"Коваленко", "kovalenko"}, {"Смирнов", "smirnov"},
            {"Йълмаз", "yilmaz"}, {"Демир", "demir"}, {"Саркисян", "sarkisyan"}, {"Ван", "wang"}, {"Тран", "tran"},
            {"Ахмади", "ahmadi"}, {"Мансур", "mansour"}, {"Юсуф", "yusuf"}};
    private static final String[] ORGANISATIONS = {
            "Столична община", "Държавна агенция за бежанците", "Областна администрация София",
            "Български червен кръст", "Фондация „Мултикултурен свят“", "Сдружение „Заедно“", "КТ „Подкрепа“",
            "Агенция по заетостта", "Дирекция „Миграция“", "Радио „Фокус“"};

    /** One person: the details they registered with and the target group code. */
    record Person(Registrant registrant) {
    }

    private DemoParticipants() {
    }

    /** {@code count} distinct people, the same ones on every call. */
    static List<Person> people(int count) {
        Random random = new Random(20150409L);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String group = GROUPS[random.nextInt(GROUPS.length)];
            boolean immigrant = group.equals("IMMIGRANT_COMMUNITY") || (group.equals("NGO") && random.nextInt(3) == 0);
            String[] first;
            String[] family;
            String familyName;
            if (immigrant) {
                first = IMMIGRANT_NAMES[random.nextInt(IMMIGRANT_NAMES.length)];
                family = IMMIGRANT_FAMILIES[random.nextInt(IMMIGRANT_FAMILIES.length)];
                familyName = family[0];
            } else {
                boolean woman = random.nextBoolean();
                first = woman ? BULGARIAN_WOMEN[random.nextInt(BULGARIAN_WOMEN.length)] : BULGARIAN_MEN[random.nextInt(BULGARIAN_MEN.length)];
                family = BULGARIAN_FAMILIES[random.nextInt(BULGARIAN_FAMILIES.length)];
                familyName = woman ? family[0] + "а" : family[0];
            }
            // the number keeps two people of the same name apart, as their own addresses would
            String email = (first[1] + "." + family[1] + "." + (i + 1) + "@example.bg").toLowerCase(Locale.ROOT);
            String organisation = group.equals("IMMIGRANT_COMMUNITY") ? null : ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
            people.add(new Person(new Registrant(first[0] + " " + familyName, organisation, null, group, email, null,
                    immigrant ? "en" : "bg")));
        }
        return people;
    }

    /**
     * Who was at which of {@code seminars} seminars: the people split over them in order, and the first ten of
     * the first seminar at the last one too.
     */
    static List<List<Person>> present(List<Person> people, int seminars) {
        List<List<Person>> present = new ArrayList<>();
        int size = people.size();
        for (int s = 0; s < seminars; s++) {
            present.add(new ArrayList<>(people.subList(s * size / seminars, (s + 1) * size / seminars)));
        }
        present.get(seminars - 1).addAll(people.subList(0, Math.min(10, present.get(0).size())));
        return present;
    }
}
