package bg.integra.testsupport;

import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.account.Role;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.project.ContractNumber;
import bg.integra.project.Fund;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates the records a test needs, directly in the database and without the role checks of the services, so
 * that each test seeds its own data. Every name and number is unique, so tests never see each other's data.
 * Deployed only with the tests (see Deployments), never in the production EAR.
 */
@ApplicationScoped
@Transactional
public class TestData {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    /** A contract number no other test uses, in the form the domain requires. */
    public static String contractNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("BG TST %04d/%02d-%02d.%02d", r.nextInt(10000), r.nextInt(100), r.nextInt(100), r.nextInt(100));
    }

    public Organisation organisation(String nameBg) {
        Organisation o = new Organisation(nameBg, OrganisationKind.NGO, Region.PLOVDIV);
        o.setName("en", nameBg + " (en)");
        em.persist(o);
        return o;
    }

    public Account account(String username, Role role, Organisation organisation, String password) {
        passwordHash.initialize(AccountService.HASH_PARAMETERS);
        Account a = new Account(username, "Test " + username, role, organisation,
                passwordHash.generate(password.toCharArray()));
        em.persist(a);
        return a;
    }

    /** A planned project of the organisation with one indicator (seminars: target 4, achieved 1). */
    public Project project(Organisation beneficiary, String titleBg, String titleEn) {
        Organisation managed = em.find(Organisation.class, beneficiary.getId());
        Project p = new Project(ContractNumber.of(contractNumber()), new ProjectText(titleBg, "Резюме " + titleBg),
                Fund.EIF, managed, Region.PLOVDIV);
        if (titleEn != null) p.setText("en", titleEn, "Summary " + titleEn);
        p.addIndicator("Семинари", IndicatorUnit.EVENTS, 4, 1).setName("en", "Seminars");
        em.persist(p);
        return p;
    }
}
