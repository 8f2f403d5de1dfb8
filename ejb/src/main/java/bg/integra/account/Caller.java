package bg.integra.account;

import bg.integra.common.AccessDeniedException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, and the one rule of whose records they may act on: an administrator acts on every
 * organisation's records, a coordinator, a registrar or a member of the network only on their own organisation's, an editor on the
 * portal's content (which belongs to no organisation). Services ask {@link Callers#current()} for it; the pages see
 * it as {@code #{staff}} ({@code web.security.StaffView}).
 *
 * @param name           the signed-in user name, or null for an anonymous caller
 * @param roles          the caller's roles
 * @param organisationId the caller's organisation, or null (administrators and editors have none)
 */
public record Caller(String name, Set<Role> roles, Long organisationId) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMIN);
    }

    /** Writes any of the portal's content, events included, for any project. */
    public boolean isContentStaff() {
        return has(Role.ADMIN) || has(Role.EDITOR);
    }

    /** Works on projects: all of them as an administrator, their organisation's as a coordinator. */
    public boolean isProjectStaff() {
        return has(Role.ADMIN) || has(Role.COORDINATOR);
    }

    /** Works for one organisation (a coordinator, a registrar, a member of the network, a trainer), not for the platform. */
    public boolean isOrganisationStaff() {
        return has(Role.COORDINATOR) || has(Role.REGISTRAR) || has(Role.MEMBER) || has(Role.TRAINER);
    }

    /** May enter this part of the back-office (what they may do there is narrowed by {@link #mayActFor}). */
    public boolean mayEnter(StaffArea area) {
        return area.roles().stream().anyMatch(roles::contains);
    }

    /** Whether the caller may act on a record of this organisation (null: a record of no organisation). */
    public boolean mayActFor(Long organisation) {
        if (isAdministrator()) return true;
        return organisation != null && organisation.equals(organisationId) && isOrganisationStaff();
    }

    /** As {@link #mayActFor}, else refused. */
    public void requireMayActFor(Long organisation) {
        if (!mayActFor(organisation)) {
            throw new AccessDeniedException("Staff of an organisation act only for their own organisation");
        }
    }

    /**
     * The organisation a list of the caller's records is limited to: null for an administrator (all), else their
     * own; refused for anyone else, and for staff of no organisation.
     */
    public Long scope() {
        if (isAdministrator()) return null;
        if (isOrganisationStaff() && organisationId != null) return organisationId;
        throw new AccessDeniedException("The caller belongs to no organisation");
    }

    @Override
    public String toString() {
        return "Caller[" + Objects.requireNonNullElse(name, "anonymous") + " " + roles + " organisation " + organisationId + "]";
    }
}
