package bg.integra.it.organisation;

import bg.integra.account.Role;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.organisation.OrganisationService;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static bg.integra.it.Failures.assertCausedBy;
import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OrganisationService inside the server: an administrator creates, changes and deletes organisations; a stale
 * copy, an organisation still in use and invalid data are refused without changing anything; an anonymous caller
 * can change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationServiceIT {

    @Inject
    OrganisationService organisations;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    private static Organisation newOrganisation(String name) {
        Organisation o = new Organisation(name, OrganisationKind.MUNICIPALITY, Region.HASKOVO);
        o.setName("en", name + " (en)");
        o.setEmail("office@example.org");
        o.setPhone("+359 2 123 456");
        o.setWebsite("https://example.org");
        return o;
    }

    @Test
    void anAdministratorCreatesAnOrganisationThatCanBeReadBack() {
        String name = "Община " + TestData.unique("o");
        Organisation created = admin.call(() -> organisations.create(newOrganisation(name)));
        assertNotNull(created.getId());

        Organisation read = organisations.get(created.getId());
        assertEquals(name, read.name("bg"));
        assertEquals(name + " (en)", read.name("en"));
        assertEquals(OrganisationKind.MUNICIPALITY, read.getKind());
        assertEquals(Region.HASKOVO, read.getRegion());
        assertEquals("office@example.org", read.getEmail());
        assertTrue(organisations.findAll().stream().anyMatch(o -> o.getId().equals(created.getId())));
    }

    @Test
    void anUpdateIsStoredAndRaisesTheVersion() {
        Organisation o = data.organisation("Преди " + TestData.unique("o"));
        Organisation edited = organisations.get(o.getId());
        long version = edited.getVersion();
        String name = "След " + TestData.unique("o");
        edited.setName("bg", name);
        edited.setRegion(Region.VARNA);
        admin.call(() -> organisations.update(edited));

        Organisation read = organisations.get(o.getId());
        assertEquals(name, read.name("bg"));
        assertEquals(Region.VARNA, read.getRegion());
        assertEquals(version + 1, read.getVersion());
    }

    @Test
    void updatingAStaleCopyIsAConflictAndChangesNothing() {
        Organisation o = data.organisation("Общо " + TestData.unique("o"));
        Organisation mine = organisations.get(o.getId());
        Organisation theirs = organisations.get(o.getId());
        String theirName = "Тяхното " + TestData.unique("o");
        theirs.setName("bg", theirName);
        admin.call(() -> organisations.update(theirs));
        long current = organisations.get(o.getId()).getVersion();

        mine.setName("bg", "Моето " + TestData.unique("o"));
        mine.setRegion(Region.BURGAS);
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() -> organisations.update(mine)));
        assertEquals(ConflictException.STALE, e.reason());

        Organisation read = organisations.get(o.getId());
        assertEquals(theirName, read.name("bg"));
        assertEquals(Region.PLOVDIV, read.getRegion());
        assertEquals(current, read.getVersion());
    }

    @Test
    void anOrganisationWithoutProjectsOrStaffIsDeleted() {
        Organisation o = data.organisation("Празна " + TestData.unique("o"));
        long version = organisations.get(o.getId()).getVersion();
        admin.run(() -> organisations.delete(o.getId(), version));
        assertThrows(NotFoundException.class, () -> organisations.get(o.getId()));
    }

    @Test
    void deletingWithAnOldVersionIsAConflict() {
        Organisation o = data.organisation("Стара " + TestData.unique("o"));
        Organisation edited = organisations.get(o.getId());
        long oldVersion = edited.getVersion();
        edited.setPhone("02 987 654");
        admin.call(() -> organisations.update(edited));

        ConflictException e = assertFails(ConflictException.class, () -> admin.run(() -> organisations.delete(o.getId(), oldVersion)));
        assertEquals(ConflictException.STALE, e.reason());
        assertEquals("02 987 654", organisations.get(o.getId()).getPhone());
    }

    @Test
    void anOrganisationThatStillHasProjectsCannotBeDeleted() {
        Organisation o = data.organisation("С проект " + TestData.unique("o"));
        data.project(o, "Проектът " + TestData.unique("o"), null);
        long version = organisations.get(o.getId()).getVersion();
        ConflictException e = assertFails(ConflictException.class, () -> admin.run(() -> organisations.delete(o.getId(), version)));
        assertEquals("conflict.organisationInUse", e.reason());
        assertEquals(o.getId(), organisations.get(o.getId()).getId());
    }

    @Test
    void anOrganisationThatStillEmploysStaffCannotBeDeleted() {
        Organisation o = data.organisation("Със служител " + TestData.unique("o"));
        data.account("staff-" + TestData.unique("o").toLowerCase(), Role.COORDINATOR, o, "staff-password-long");
        long version = organisations.get(o.getId()).getVersion();
        ConflictException e = assertFails(ConflictException.class, () -> admin.run(() -> organisations.delete(o.getId(), version)));
        assertEquals("conflict.organisationInUse", e.reason());
        assertEquals(o.getId(), organisations.get(o.getId()).getId());
    }

    @Test
    void invalidContactDataIsRefusedAndNothingIsStored() {
        String name = "Невалидна " + TestData.unique("o");
        Organisation bad = newOrganisation(name);
        bad.setEmail("not an e-mail address");
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> organisations.create(bad)));
        assertTrue(organisations.findAll().stream().noneMatch(o -> name.equals(o.name("bg"))));

        Organisation o = data.organisation("Валидна " + TestData.unique("o"));
        Organisation edited = organisations.get(o.getId());
        edited.setWebsite("javascript:alert(1)");
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> organisations.update(edited)));
        assertNull(organisations.get(o.getId()).getWebsite());
    }

    @Test
    void anAnonymousCallerCanCallNoWriteMethod() {
        String name = "Анонимна " + TestData.unique("o");
        Organisation o = data.organisation(name);
        Organisation copy = organisations.get(o.getId());
        long version = copy.getVersion();
        copy.setName("bg", "Променена от анонимен");

        assertRefused(() -> organisations.create(newOrganisation("Нова анонимна " + TestData.unique("o"))));
        assertRefused(() -> organisations.update(copy));
        assertRefused(() -> organisations.delete(o.getId(), version));

        Organisation read = organisations.get(o.getId());
        assertEquals(name, read.name("bg"));
        assertEquals(version, read.getVersion());
    }
}
