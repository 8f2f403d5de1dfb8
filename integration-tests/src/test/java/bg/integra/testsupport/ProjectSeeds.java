package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.project.ContractNumber;
import bg.integra.project.Fund;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectStatus;
import bg.integra.project.ProjectText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates one project exactly as a client-side test describes it (titles, region, status, one indicator), with a
 * beneficiary of its own, so that filter and portal tests can seed the data they assert on. Test-only.
 */
@ApplicationScoped
@Transactional
public class ProjectSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    public Project create(String titleBg, String titleEn, Region region, ProjectStatus status,
                          int target, int achieved) {
        Organisation beneficiary = new Organisation("Бенефициент " + titleBg, OrganisationKind.NGO, region);
        beneficiary.setName("en", "Beneficiary " + (titleEn == null ? titleBg : titleEn));
        em.persist(beneficiary);
        Project p = new Project(ContractNumber.of(TestData.contractNumber()),
                new ProjectText(titleBg, "Резюме " + titleBg), Fund.EIF, beneficiary, region);
        if (titleEn != null) p.setText("en", titleEn, "Summary " + titleEn);
        p.setStatus(status);
        p.addIndicator("Семинари " + titleBg, IndicatorUnit.EVENTS, target, achieved)
                .setName("en", "Seminars " + (titleEn == null ? titleBg : titleEn));
        em.persist(p);
        return p;
    }
}
