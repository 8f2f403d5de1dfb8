package bg.integra.it.project;

import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.project.ContractNumber;
import bg.integra.project.Fund;
import bg.integra.project.Indicator;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
import bg.integra.project.ProjectText;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertCausedBy;
import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ProjectService inside the server: what an administrator may create, change and delete, the version check that
 * keeps two editors from overwriting each other, unique contract numbers, indicators, bean validation, and that
 * an anonymous caller can change nothing. Administrator calls go through {@link AsAdministrator} (a @RunAs bean),
 * each service call in its own transaction as from the back-office.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceRulesIT {

    @Inject
    ProjectService projects;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    private Organisation organisation() {
        return data.organisation("Сдружение " + TestData.unique("prj"));
    }

    private static Project newProject(Organisation beneficiary, String contract, String title) {
        Project p = new Project(ContractNumber.of(contract), new ProjectText(title, "Резюме " + title), Fund.AMIF,
                beneficiary, Region.SOFIA_CITY);
        p.setPeriod(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)));
        p.setStatus(ProjectStatus.RUNNING);
        return p;
    }

    private long countByContract(String contract) {
        return projects.search(new ProjectQuery(null, null, contract, null), new PageRequest(0, 10)).totalItems();
    }

    // creating

    @Test
    void anAdministratorCreatesAProjectThatCanBeReadBack() {
        Organisation o = organisation();
        String contract = TestData.contractNumber();
        String title = "Курсове по български " + TestData.unique("c");
        Project created = admin.call(() -> projects.create(newProject(o, contract, title)));
        assertNotNull(created.getId());

        Project read = projects.get(created.getId());
        assertEquals(title, read.text("bg").getTitle());
        assertEquals(contract, read.getContractNumber().value());
        assertEquals(contract.substring(0, contract.indexOf('-')), read.getFundingScheme());
        assertEquals(o.getId(), read.getBeneficiary().getId());
        assertEquals(LocalDate.of(2025, 6, 30), read.getPeriod().getEnd());
        assertEquals(ProjectStatus.RUNNING, read.getStatus());
        assertEquals(Fund.AMIF, read.getFund());
    }

    @Test
    void aSecondProjectWithTheSameContractNumberIsRefused() {
        Organisation o = organisation();
        String contract = TestData.contractNumber();
        admin.call(() -> projects.create(newProject(o, contract, "Първи " + TestData.unique("d"))));

        String secondTitle = "Втори " + TestData.unique("d");
        // lower case and extra spaces are the same number
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() ->
                projects.create(newProject(o, "  " + contract.toLowerCase().replace(" ", "  "), secondTitle))));
        assertEquals("conflict.contractNumberTaken", e.reason());
        assertEquals(1, countByContract(contract));
        assertEquals(0, projects.search(new ProjectQuery(null, null, secondTitle, null), new PageRequest(0, 10)).totalItems());
    }

    @Test
    void changingAProjectToAnotherProjectsContractNumberIsRefused() {
        Organisation o = organisation();
        Project a = data.project(o, "А " + TestData.unique("e"), null);
        Project b = data.project(o, "Б " + TestData.unique("e"), null);
        Project edited = projects.get(b.getId());
        String ownNumber = edited.getContractNumber().value();
        edited.setContractNumber(a.getContractNumber());
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() -> projects.update(edited)));
        assertEquals("conflict.contractNumberTaken", e.reason());
        assertEquals(ownNumber, projects.get(b.getId()).getContractNumber().value());
    }

    // updating and the version check

    @Test
    void anUpdateIsStoredAndRaisesTheVersion() {
        Project p = data.project(organisation(), "Стар " + TestData.unique("u"), null);
        Project edited = projects.get(p.getId());
        long version = edited.getVersion();
        String title = "Нов " + TestData.unique("u");
        edited.setText("bg", title, "Ново резюме");
        edited.setText("en", "New " + title, null);
        edited.setStatus(ProjectStatus.COMPLETED);
        admin.call(() -> projects.update(edited));

        Project read = projects.get(p.getId());
        assertEquals(title, read.text("bg").getTitle());
        assertEquals("Ново резюме", read.text("bg").getSummary());
        assertEquals("New " + title, read.text("en").getTitle());
        assertEquals(ProjectStatus.COMPLETED, read.getStatus());
        assertEquals(version + 1, read.getVersion());
    }

    @Test
    void updatingAStaleCopyIsAConflictAndChangesNothing() {
        Project p = data.project(organisation(), "Оригинал " + TestData.unique("s"), null);
        Project mine = projects.get(p.getId());
        Project theirs = projects.get(p.getId());
        String theirTitle = "Техният " + TestData.unique("s");
        theirs.setText("bg", theirTitle, null);
        admin.call(() -> projects.update(theirs));
        long versionAfterTheirs = projects.get(p.getId()).getVersion();
        assertEquals(mine.getVersion() + 1, versionAfterTheirs);

        mine.setText("bg", "Моят " + TestData.unique("s"), null);
        mine.setStatus(ProjectStatus.COMPLETED);
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() -> projects.update(mine)));
        assertEquals(ConflictException.STALE, e.reason());
        assertEquals("conflict.stale", e.reason());

        Project read = projects.get(p.getId());
        assertEquals(theirTitle, read.text("bg").getTitle());
        assertEquals(ProjectStatus.PLANNED, read.getStatus());
        assertEquals(versionAfterTheirs, read.getVersion());
    }

    // deleting

    @Test
    void deletingWithTheCurrentVersionRemovesTheProjectAndItsIndicators() {
        Project p = data.project(organisation(), "За триене " + TestData.unique("x"), null);
        long version = projects.get(p.getId()).getVersion();
        admin.run(() -> projects.delete(p.getId(), version));
        assertThrows(NotFoundException.class, () -> projects.get(p.getId()));
    }

    @Test
    void deletingWithAnOldVersionIsAConflictAndKeepsTheProject() {
        Project p = data.project(organisation(), "Пазен " + TestData.unique("x"), null);
        Project edited = projects.get(p.getId());
        long oldVersion = edited.getVersion();
        edited.setStatus(ProjectStatus.RUNNING);
        admin.call(() -> projects.update(edited));

        ConflictException e = assertFails(ConflictException.class, () -> admin.run(() -> projects.delete(p.getId(), oldVersion)));
        assertEquals(ConflictException.STALE, e.reason());
        assertEquals(ProjectStatus.RUNNING, projects.get(p.getId()).getStatus());
    }

    @Test
    void deletingAProjectThatDoesNotExistIsNotFound() {
        Project p = data.project(organisation(), "Изчезващ " + TestData.unique("x"), null);
        long version = projects.get(p.getId()).getVersion();
        admin.run(() -> projects.delete(p.getId(), version));
        assertFails(NotFoundException.class, () -> admin.run(() -> projects.delete(p.getId(), version)));
    }

    // indicators

    @Test
    void indicatorsAreAddedChangedAndDeleted() {
        Project p = data.project(organisation(), "С показатели " + TestData.unique("i"), null);
        Indicator added = admin.call(() ->
                projects.addIndicator(p.getId(), Map.of("bg", "Наръчници", "en", "Handbooks"), IndicatorUnit.COPIES, 750, 100));
        assertNotNull(added.getId());

        List<Indicator> indicators = projects.get(p.getId()).getIndicators();
        assertEquals(2, indicators.size());
        Indicator stored = indicators.stream().filter(i -> i.getId().equals(added.getId())).findFirst().orElseThrow();
        assertEquals("Наръчници", stored.name("bg"));
        assertEquals("Handbooks", stored.name("en"));
        assertEquals(IndicatorUnit.COPIES, stored.getUnit());
        assertEquals(750, stored.getTarget());
        assertEquals(100, stored.getAchieved());
        assertEquals(1, stored.getPosition(), "added after the existing one");

        stored.setAchieved(750);
        stored.setName("bg", "Отпечатани наръчници");
        long version = stored.getVersion();
        admin.call(() -> projects.updateIndicator(stored));
        Indicator updated = indicator(p.getId(), added.getId());
        assertEquals(750, updated.getAchieved());
        assertEquals("Отпечатани наръчници", updated.name("bg"));
        assertEquals(version + 1, updated.getVersion());

        admin.run(() -> projects.deleteIndicator(updated.getId(), updated.getVersion()));
        List<Indicator> left = projects.get(p.getId()).getIndicators();
        assertEquals(1, left.size());
        assertEquals("Семинари", left.get(0).name("bg"));
    }

    @Test
    void aStaleIndicatorIsNeitherUpdatedNorDeleted() {
        Project p = data.project(organisation(), "Показател " + TestData.unique("i"), null);
        Indicator mine = projects.get(p.getId()).getIndicators().get(0);
        Indicator theirs = projects.get(p.getId()).getIndicators().get(0);
        long oldVersion = mine.getVersion();
        theirs.setAchieved(3);
        admin.call(() -> projects.updateIndicator(theirs));

        mine.setAchieved(2);
        ConflictException update = assertFails(ConflictException.class, () -> admin.call(() -> projects.updateIndicator(mine)));
        assertEquals(ConflictException.STALE, update.reason());
        ConflictException delete = assertFails(ConflictException.class,
                () -> admin.run(() -> projects.deleteIndicator(mine.getId(), oldVersion)));
        assertEquals(ConflictException.STALE, delete.reason());

        Indicator read = indicator(p.getId(), mine.getId());
        assertEquals(3, read.getAchieved());
    }

    @Test
    void anIndicatorWithANegativeTargetIsRefusedAndNotStored() {
        Project p = data.project(organisation(), "Лош показател " + TestData.unique("i"), null);
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() ->
                projects.addIndicator(p.getId(), Map.of("bg", "Отрицателен"), IndicatorUnit.EVENTS, -1, 0)));
        assertEquals(1, projects.get(p.getId()).getIndicators().size());
    }

    // bean validation

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndNothingIsStored() {
        Organisation o = organisation();
        String contract = TestData.contractNumber();
        Project p = newProject(o, contract, "Обратен период " + TestData.unique("v"));
        Period backwards = new Period();
        backwards.setStart(LocalDate.of(2025, 1, 1));
        backwards.setEnd(LocalDate.of(2024, 12, 31));
        p.setPeriod(backwards);
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> projects.create(p)));
        assertEquals(0, countByContract(contract));
    }

    @Test
    void anOverLongTitleIsRefusedAndNothingIsStored() {
        Organisation o = organisation();
        String contract = TestData.contractNumber();
        Project p = newProject(o, contract, "Д" + "ълго".repeat(ProjectText.TITLE_LENGTH / 4 + 1));
        assertTrue(p.text("bg").getTitle().length() > ProjectText.TITLE_LENGTH);
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> projects.create(p)));
        assertEquals(0, countByContract(contract));
    }

    @Test
    void anInvalidUpdateIsRefusedAndTheStoredProjectIsUnchanged() {
        String title = "Валиден " + TestData.unique("v");
        Project p = data.project(organisation(), title, null);
        Project edited = projects.get(p.getId());
        long version = edited.getVersion();
        Period backwards = new Period();
        backwards.setStart(LocalDate.of(2025, 1, 1));
        backwards.setEnd(LocalDate.of(2024, 1, 1));
        edited.setPeriod(backwards);
        edited.setText("bg", "Невалиден", null);
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> projects.update(edited)));

        Project read = projects.get(p.getId());
        assertEquals(title, read.text("bg").getTitle());
        assertNull(read.getPeriod().getStart());
        assertEquals(version, read.getVersion());
    }

    // roles

    @Test
    void theAdministratorMayEditEveryProject() {
        Project p = data.project(organisation(), "Всеки " + TestData.unique("r"), null);
        assertEquals(p.getId(), admin.call(() -> projects.getForEdit(p.getId())).getId());
        assertTrue(admin.call(() -> projects.editable(new ProjectQuery(null, null, p.getContractNumber().value(), null),
                new PageRequest(0, 10))).totalItems() == 1);
    }

    @Test
    void anAnonymousCallerCanCallNoWriteMethod() {
        Organisation o = organisation();
        String title = "Анонимен " + TestData.unique("a");
        Project p = data.project(o, title, null);
        Project copy = projects.get(p.getId());
        Indicator indicator = copy.getIndicators().get(0);
        copy.setText("bg", "Променен от анонимен", null);
        indicator.setAchieved(4);
        long version = copy.getVersion();

        assertRefused(() -> projects.editable(ProjectQuery.all(), new PageRequest(0, 10)));
        assertRefused(() -> projects.getForEdit(p.getId()));
        assertRefused(() -> projects.create(newProject(o, TestData.contractNumber(), "Нов анонимен")));
        assertRefused(() -> projects.update(copy));
        assertRefused(() -> projects.delete(p.getId(), version));
        assertRefused(() -> projects.addIndicator(p.getId(), Map.of("bg", "Анонимен показател"), IndicatorUnit.ITEMS, 1, 0));
        assertRefused(() -> projects.updateIndicator(indicator));
        assertRefused(() -> projects.deleteIndicator(indicator.getId(), indicator.getVersion()));

        Project read = projects.get(p.getId());
        assertEquals(title, read.text("bg").getTitle());
        assertEquals(version, read.getVersion());
        assertEquals(1, read.getIndicators().size());
        assertEquals(1, read.getIndicators().get(0).getAchieved());
        assertEquals(1, projects.search(new ProjectQuery(null, null, null, o.getId()), new PageRequest(0, 10)).totalItems());
    }

    private Indicator indicator(long projectId, long indicatorId) {
        return projects.get(projectId).getIndicators().stream()
                .filter(i -> i.getId().equals(indicatorId)).findFirst().orElseThrow();
    }
}
