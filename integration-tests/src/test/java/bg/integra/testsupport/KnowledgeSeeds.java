package bg.integra.testsupport;

import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.InitiativeText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureText;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.knowledge.TargetAudience;
import bg.integra.organisation.Organisation;
import bg.integra.account.Account;
import bg.integra.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Items of the knowledge base, stored directly (the review's rules are not applied: a test of those rules calls
 * {@code KnowledgeReview}). {@code published} publishes the item on the day given, else it stays a draft.
 */
@ApplicationScoped
@Transactional
public class KnowledgeSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private TestData data;

    @Inject
    private NetworkSeeds network;

    /** The member organisation of the account {@code username} (a MEMBER), made with the account the first time. */
    public Organisation memberOf(String username) {
        Account account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (account != null && account.getOrganisation() != null) return account.getOrganisation();
        String tag = TestData.unique("itm").toLowerCase();
        Organisation member = network.organisation("Член " + tag, "itm-" + tag, Region.HASKOVO);
        data.account(username, Role.MEMBER, member, "unused-" + TestData.unique("pw") + "-password");
        return member;
    }

    public Practice practice(Organisation organisation, String title, Region region, TargetAudience audience,
                             IntegrationArea area, LocalDate start, LocalDate publishedOn) {
        Practice p = new Practice(em.find(Organisation.class, organisation.getId()), audience, area,
                new PracticeText(title, "Фонд „Тест“", "Цели на " + title, "Дейности", "Резултати", "Оценка", "Приложимост"));
        p.setText("en", new PracticeText(title + " (en)", null, "Objectives of " + title, null, null, null, null));
        p.setRegion(region);
        p.setPeriod(new Period(start, null));
        p.setContact("Информационен център, ул. „Тестова“ 1");
        p.setLinks(List.of("https://example.org/practice"));
        return stored(p, publishedOn);
    }

    public CaseStudy caseStudy(Organisation organisation, String title, Region region, IntegrationArea area,
                               String situation, LocalDate publishedOn) {
        CaseStudy c = new CaseStudy(em.find(Organisation.class, organisation.getId()), area,
                new CaseText(title, situation, "Въпросът на " + title, "Какво направихме", "Как завърши", "Поуки"));
        c.setText("en", new CaseText(title + " (en)", "A situation", null, null, null, null));
        c.setRegion(region);
        return stored(c, publishedOn);
    }

    /** A measure proposed a year before {@code publishedOn} (or today), based on these cases and practices. */
    public Measure measure(Organisation organisation, String title, Region region, List<CaseStudy> cases,
                           List<Practice> practices, boolean adopted, LocalDate publishedOn) {
        LocalDate proposed = (publishedOn == null ? LocalDate.now() : publishedOn).minusYears(1);
        Measure m = new Measure(em.find(Organisation.class, organisation.getId()), region, proposed,
                new MeasureText(title, "Предложение " + title, "Областна администрация", adopted ? "Областен план " + title : null));
        m.basedOn(cases.stream().map(c -> em.find(CaseStudy.class, c.getId())).toList(),
                practices.stream().map(p -> em.find(Practice.class, p.getId())).toList());
        if (adopted) {
            m.discussed(proposed.plusMonths(2));
            m.adopted(proposed.plusMonths(4));
        }
        return stored(m, publishedOn);
    }

    /** An initiative in Haskovo's or another oblast's town, with Bulgarian and English texts, a link and a contact. */
    public Initiative initiative(Organisation organisation, String title, InitiativeKind kind, LocalDate start,
                                 LocalDate end, Region region, LocalDate publishedOn) {
        Initiative i = new Initiative(em.find(Organisation.class, organisation.getId()), kind, new Period(start, end),
                new InitiativeText(title, "Накратко за " + title, "Описание на " + title, "Община Хасково"));
        i.setText("en", new InitiativeText(title + " (en)", "In short: " + title, null, "Haskovo Municipality"));
        i.setRegion(region);
        i.setTown("Тестоград");
        i.setLink("https://example.org/initiative");
        i.setContact("Информационен център, ул. „Тестова“ 1");
        return stored(i, publishedOn);
    }

    private <T extends KnowledgeItem<?>> T stored(T item, LocalDate publishedOn) {
        if (publishedOn != null) {
            item.submit(publishedOn.minusDays(3));
            item.publish(publishedOn);
        }
        em.persist(item);
        return item;
    }
}
