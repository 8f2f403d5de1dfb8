package bg.integra.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of the back-office and the roles that may enter each: the one table behind the page filters
 * ({@code web.security.StaffRoleFilter}), the menu and the services' role checks. Entering an area is not yet
 * acting on a record: which organisation's records a coordinator or registrar may touch is {@code Caller}'s rule.
 */
public enum StaffArea {
    /** Accounts, organisations, the audit trail, the personal-data requests. */
    ADMINISTRATION(Role.ADMIN),
    /** Projects with their indicators, activities, materials and reports: coordinators for their organisation's. */
    PROJECTS(Role.ADMIN, Role.COORDINATOR),
    /** News, resources and information (administrators and editors) and events (coordinators their projects'). */
    CONTENT(Role.ADMIN, Role.EDITOR, Role.COORDINATOR),
    /** Attendance at the door of events: coordinators and registrars for their organisation's events. */
    ATTENDANCE(Role.ADMIN, Role.COORDINATOR, Role.REGISTRAR),
    /** The network's directory: members keep their organisation's locations and services. */
    NETWORK(Role.ADMIN, Role.MEMBER),
    /** The knowledge base: members write their organisation's practices and cases, editors any member's. */
    KNOWLEDGE(Role.ADMIN, Role.EDITOR, Role.MEMBER),
    /** The knowledge base's review: editors publish what members submitted, or send it back. */
    KNOWLEDGE_REVIEW(Role.ADMIN, Role.EDITOR),
    /** The forum's moderation: held and flagged posts, silenced and suspended accounts. */
    FORUM(Role.ADMIN, Role.MODERATOR),
    /** The online training: trainers write their organisation's courses and follow their learners. */
    TRAINING(Role.ADMIN, Role.TRAINER);

    private final Set<Role> roles;

    StaffArea(Role first, Role... others) {
        this.roles = Set.copyOf(EnumSet.of(first, others));
    }

    public Set<Role> roles() {
        return roles;
    }
}
