package bg.integra.demo;

import bg.integra.content.Content;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.legacy.LegacyAddress;
import bg.integra.media.StoredFiles;
import bg.integra.media.Uploads;
import bg.integra.network.DirectoryOffers;
import bg.integra.network.Location;
import bg.integra.organisation.Organisation;
import bg.integra.account.AccountService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.publicity.Distribution;
import bg.integra.project.PublicityKind;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import bg.integra.project.TargetGroup;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import bg.integra.training.Course;
import bg.integra.account.Account;
import bg.integra.account.Role;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty database with the two projects of the source documents and the portal's demo content
 * ({@link DemoContent}) and a first forum ({@link DemoForum}), so that a new installation shows something true
 * from the first start. Skipped when
 * {@code INTEGRA_DEMO_DATA=false} or when any organisation exists already; all of it is one transaction.
 * <p>
 * The content is stored here rather than through {@code ContentService} and {@code MediaService}: those require
 * a signed-in ADMIN or EDITOR, and a start-up bean has no caller (the EAR maps roles to groups only, so a
 * {@code @RunAs} bean would have no role either). It goes through the same rules: the files through
 * {@link Uploads#check} (type by content, full decode, thumbnail), the bodies through the sanitiser
 * ({@link DemoTexts}), publication through {@link Content#publish}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The version of the consent the seminars' paper registration forms carried. */
    static final String DEMO_CONSENT_VERSION = "2015-01";
    private static final SecureRandom TOKENS = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void load() {
        if ("false".equalsIgnoreCase(System.getenv("INTEGRA_DEMO_DATA"))) return;
        long organisations = em.createNamedQuery(Organisation.COUNT_ALL, Long.class).getSingleResult();
        if (organisations > 0) return;

        DemoProjects demo = DemoProjects.create();
        demo.organisations().forEach(em::persist);
        demo.projects().forEach(em::persist);
        demo.activities().forEach(em::persist);
        DemoNetwork network = DemoNetwork.create(demo.maritsa(), demo.union(), LocalDate.now(Location.ZONE));
        network.organisations().stream().filter(o -> !demo.organisations().contains(o)).forEach(em::persist);
        network.locations().forEach(em::persist);
        network.services().forEach(em::persist);
        network.organisations().forEach(o -> DirectoryOffers.refresh(em, o.getId()));
        DemoKnowledge knowledge = DemoKnowledge.create(demo.maritsa(), demo.union(), network.organisations(),
                LocalDate.now(KnowledgeItem.ZONE));
        knowledge.practices().forEach(em::persist);
        knowledge.cases().forEach(em::persist);
        knowledge.measures().forEach(em::persist);
        knowledge.initiatives().forEach(em::persist);
        em.flush();
        em.persist(new LegacyAddress("siteKey", "1742-12", "/projects/" + demo.platform().getId()));

        DemoContent demoContent = new DemoContent(demo, LocalDateTime.now(Content.ZONE), (name, bytes) -> StoredFiles.store(em, name, bytes));
        List<Content> content = demoContent.build();
        content.stream().filter(Event.class::isInstance).map(Event.class::cast).forEach(e -> e.setTargetGroups(
                demoContent.targetGroupsOf(e).stream().map(code -> em.find(TargetGroup.class, code)).toList()));
        content.forEach(em::persist);
        em.flush();
        int registrations = participants(demo.coordination(), content);
        passwordHash.initialize(AccountService.HASH_PARAMETERS);
        DemoForum forum = DemoForum.create(LocalDateTime.now(), passwordHash.generate(token().toCharArray()), DemoData::token);
        forum.categories().forEach(em::persist);
        forum.accounts().forEach(em::persist);
        forum.topics().forEach(em::persist);
        forum.posts().forEach(em::persist);
        List<Course> courses = DemoCourses.create(demo.maritsa(), demo.platform(), content.stream()
                .filter(Resource.class::isInstance).map(Resource.class::cast).filter(r -> r.getKind() == ResourceKind.HANDBOOK).toList());
        courses.forEach(em::persist);
        em.flush();
        DemoCourses.learners(forum.accounts(), courses, LocalDateTime.now(Content.ZONE)).forEach(em::persist);
        // the trainer of the demo courses: like the forum's accounts, a random password nobody knows, until an
        // administrator sets one under Accounts
        em.persist(new Account("demo-trainer", "Обучител на РСО „Марица“", Role.TRAINER, demo.maritsa(),
                passwordHash.generate(token().toCharArray())));
        List<PublicityMaterial> materials = materials(demo, content);
        materials.forEach(em::persist);
        em.flush();
        LOG.info(() -> "Loaded the demo data: " + network.organisations().size() + " organisations in the network's directory with "
                + network.locations().size() + " centres and " + network.services().size() + " services, " + knowledge.practices().size() + " good practices, "
                + knowledge.cases().size() + " cases, " + knowledge.measures().size() + " regional measures and "
                + knowledge.initiatives().size() + " initiatives, 2 projects with their indicators and "
                + demo.activities().size() + " activities, 1 legacy address, "
                + content.size() + " items of portal content, " + registrations + " registrations at the seminars, "
                + materials.size() + " printed and publicity materials, " + forum.categories().size() + " forum categories with "
                + forum.topics().size() + " topics and " + forum.posts().size() + " posts, " + courses.size() + " courses of the online training");
    }

    /**
     * The registrations of the union's four discussion seminars, the people present marked so: 140 distinct
     * participants, which the project's counted indicator shows. A few registered and did not come.
     */
    private int participants(Project project, List<Content> content) {
        List<Event> seminars = content.stream().filter(Event.class::isInstance).map(Event.class::cast)
                .filter(e -> e.getProject() == project && e.getKind() == EventKind.SEMINAR)
                .sorted(Comparator.comparing(Event::getStartsAt)).toList();
        if (seminars.size() != 4) throw new IllegalStateException("The union's project has " + seminars.size() + " seminars, not 4");
        List<DemoParticipants.Person> people = DemoParticipants.people(146);
        List<List<DemoParticipants.Person>> present = DemoParticipants.present(people.subList(0, 140), seminars.size());
        List<DemoParticipants.Person> absent = people.subList(140, people.size());
        Map<String, TargetGroup> groups = new HashMap<>();
        int stored = 0;
        for (int s = 0; s < seminars.size(); s++) {
            Event seminar = seminars.get(s);
            LocalDateTime registered = seminar.getStartsAt().minusDays(5);
            for (DemoParticipants.Person person : present.get(s)) {
                Registration r = registration(seminar, person, groups, registered.plusMinutes(stored));
                r.markAttendance(true, "admin", seminar.getStartsAt().plusMinutes(10));
                em.persist(r);
                stored++;
            }
            for (int a = s; a < absent.size(); a += seminars.size()) {
                em.persist(registration(seminar, absent.get(a), groups, registered.plusMinutes(stored)));
                stored++;
            }
        }
        return stored;
    }

    private Registration registration(Event event, DemoParticipants.Person person, Map<String, TargetGroup> groups,
                                      LocalDateTime at) {
        Registrant who = person.registrant();
        TargetGroup group = groups.computeIfAbsent(who.targetGroup(), code -> em.find(TargetGroup.class, code));
        return new Registration(event, who, group, DEMO_CONSENT_VERSION, RegistrationStatus.CONFIRMED, token(), at);
    }

    /** 24 random bytes, URL-safe: a registration's cancel token, a forum account's mail key or its unknown password. */
    private static String token() {
        byte[] token = new byte[24];
        TOKENS.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * The printed and publicity materials both projects reported: the three handbooks (250 copies each) and the
     * information board of the Haskovo project, the brochures and banners of the union's, with their suppliers and
     * where the copies went; the handbooks and the brochure are linked to their library items.
     */
    private static List<PublicityMaterial> materials(DemoProjects demo, List<Content> content) {
        Map<String, Resource> resources = new HashMap<>();
        content.stream().filter(Resource.class::isInstance).map(Resource.class::cast).forEach(r -> resources.put(r.getSlug(), r));
        List<PublicityMaterial> materials = new ArrayList<>();
        String[] handbooks = {"Междукултурните компетенции – комуникацията на XXI век",
                "Ролята на ръководните публични органи и на организациите на гражданското общество в диалога между институциите и имигрантите",
                "Интеграция на имигранти – често срещани казуси"};
        for (int i = 0; i < handbooks.length; i++) {
            PublicityMaterial handbook = material(demo.platform(), PublicityKind.HANDBOOK, "Справочник „" + handbooks[i] + "“",
                    250, LocalDate.of(2015, 5, 25), "Печатница „Хасково принт“ ЕООД");
            handbook.setResource(resources.get("resource-handbook-" + (i + 1)));
            handbook.distribute(new Distribution(LocalDate.of(2015, 6, 9), "Участници в семинара в Хасково, 9 юни 2015", 60));
            handbook.distribute(new Distribution(LocalDate.of(2015, 6, 16), "Участници в семинара в Хасково, 16 юни 2015", 55));
            handbook.distribute(new Distribution(LocalDate.of(2015, 6, 26), "Областна администрация Хасково и общините в областта", 100));
            materials.add(handbook);
        }
        materials.add(material(demo.platform(), PublicityKind.INFORMATION_BOARD, "Информационна табела в офиса на проекта",
                1, LocalDate.of(2015, 1, 12), "Рекламна агенция „Марица дизайн“"));

        PublicityMaterial brochure = material(demo.coordination(), PublicityKind.BROCHURE, "Информационна брошура",
                200, LocalDate.of(2015, 6, 5), "Печатница „Образование“ ООД");
        brochure.setResource(resources.get("resource-brochure"));
        brochure.distribute(new Distribution(LocalDate.of(2015, 6, 11), "Пресконференция в училище „Дружба“", 45));
        brochure.distribute(new Distribution(LocalDate.of(2015, 6, 22), "Регионалните структури на синдиката", 120));
        materials.add(brochure);
        materials.add(material(demo.coordination(), PublicityKind.BANNER, "Мобилен банер (ролбанер)",
                1, LocalDate.of(2015, 4, 2), "Рекламна агенция „Образ“"));
        materials.add(material(demo.coordination(), PublicityKind.BANNER, "Електронен банер на страницата на синдиката",
                1, LocalDate.of(2015, 2, 16), "Синдикат „Образование“ към КТ „Подкрепа“"));
        return materials;
    }

    private static PublicityMaterial material(Project project, PublicityKind kind, String title, int quantity,
                                              LocalDate date, String supplier) {
        PublicityMaterial material = new PublicityMaterial(project, kind, title, quantity);
        material.setDate(date);
        material.setSupplier(supplier);
        return material;
    }
}
