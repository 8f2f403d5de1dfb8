package bg.integra.account;

import bg.integra.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static final long OWN = 7, OTHER = 8;

    private static Caller of(Role role, Long organisation) {
        return new Caller("someone", Set.of(role), organisation);
    }

    @Test
    void anAdministratorActsForEveryOrganisationAndTheirListsAreUnlimited() {
        Caller admin = of(Role.ADMIN, null);
        assertTrue(admin.mayActFor(OWN));
        assertTrue(admin.mayActFor(null));
        assertNull(admin.scope());
        for (StaffArea area : StaffArea.values()) assertTrue(admin.mayEnter(area), area.name());
    }

    @Test
    void aCoordinatorActsOnlyForTheirOwnOrganisation() {
        Caller coordinator = of(Role.COORDINATOR, OWN);
        assertTrue(coordinator.mayActFor(OWN));
        assertFalse(coordinator.mayActFor(OTHER));
        assertFalse(coordinator.mayActFor(null));
        assertEquals(OWN, coordinator.scope());
        assertThrows(AccessDeniedException.class, () -> coordinator.requireMayActFor(OTHER));
        coordinator.requireMayActFor(OWN);
        assertTrue(coordinator.isProjectStaff());
        assertFalse(coordinator.isContentStaff());
    }

    @Test
    void aRegistrarActsForTheirOrganisationAtTheDoorOnly() {
        Caller registrar = of(Role.REGISTRAR, OWN);
        assertTrue(registrar.mayActFor(OWN));
        assertFalse(registrar.mayActFor(OTHER));
        assertTrue(registrar.mayEnter(StaffArea.ATTENDANCE));
        assertFalse(registrar.mayEnter(StaffArea.PROJECTS));
        assertFalse(registrar.mayEnter(StaffArea.CONTENT));
        assertFalse(registrar.isProjectStaff());
    }

    @Test
    void anEditorWritesContentButActsForNoOrganisation() {
        Caller editor = of(Role.EDITOR, null);
        assertTrue(editor.isContentStaff());
        assertTrue(editor.mayEnter(StaffArea.CONTENT));
        assertFalse(editor.mayEnter(StaffArea.PROJECTS));
        assertFalse(editor.mayEnter(StaffArea.ATTENDANCE));
        assertFalse(editor.mayActFor(OWN));
        assertThrows(AccessDeniedException.class, editor::scope);
    }

    @Test
    void staffOfNoOrganisationAndAnonymousCallersAreRefused() {
        Caller orphan = of(Role.COORDINATOR, null);
        assertFalse(orphan.mayActFor(OWN));
        assertThrows(AccessDeniedException.class, orphan::scope);
        assertFalse(Caller.ANONYMOUS.mayActFor(OWN));
        assertThrows(AccessDeniedException.class, Caller.ANONYMOUS::scope);
        for (StaffArea area : StaffArea.values()) assertFalse(Caller.ANONYMOUS.mayEnter(area), area.name());
    }

    @Test
    void everyRoleEntersSomeAreaAndOnlyAdministratorsEnterAdministration() {
        for (Role role : Role.values()) {
            Caller caller = of(role, OWN);
            assertTrue(java.util.Arrays.stream(StaffArea.values()).anyMatch(caller::mayEnter), role.name());
            assertEquals(role == Role.ADMIN, caller.mayEnter(StaffArea.ADMINISTRATION), role.name());
        }
    }
}
