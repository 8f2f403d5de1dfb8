package bg.integra.forum;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Slugs;
import bg.integra.common.Text;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' keeping of the forum's categories: their addresses ({@code /forum/c/{slug}}), the one language
 * a category may be limited to, their order on the front page and their names and descriptions per language
 * (Bulgarian required). A refused field is named as the form names it: {@code slug}, {@code language},
 * {@code position}, {@code name} (Bulgarian's) or {@code name.en}, {@code description.ar}. Every change is in the
 * audit trail.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class ForumCategories {

    /** The place in the front page's list: from the top, a gap left for what comes between. */
    public static final int MAX_POSITION = 10_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** Every category in the front page's order, for the administrators' list. */
    public List<ForumCategory> list() {
        return em.createNamedQuery(ForumCategory.FIND_ALL, ForumCategory.class).getResultList();
    }

    public ForumCategory get(long id) {
        ForumCategory category = em.find(ForumCategory.class, id);
        if (category == null) throw new NotFoundException("ForumCategory", id);
        return category;
    }

    public ForumCategory create(String slug, String language, int position, Map<String, CategoryText> texts) {
        String address = checked(null, slug, language, position, texts);
        ForumCategory category = new ForumCategory(address, Text.blankToNull(language), position, texts);
        em.persist(category);
        em.flush(); // the id, for the trail
        audit.created(category);
        return category;
    }

    /** Replaces the category's address, language, place and texts; refused if someone saved it since {@code expectedVersion}. */
    public ForumCategory update(long id, long expectedVersion, String slug, String language, int position,
                                Map<String, CategoryText> texts) {
        ForumCategory category = em.find(ForumCategory.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) throw new NotFoundException("ForumCategory", id);
        em.refresh(category);
        if (category.getVersion() != expectedVersion) throw ConflictException.stale("ForumCategory", id);
        String address = checked(id, slug, language, position, texts);
        AuditState before = category.auditState();
        category.update(address, Text.blankToNull(language), position, texts);
        audit.record(AuditAction.UPDATE, category, before);
        return category;
    }

    /** The slug as stored, or refused with every field that is wrong. */
    private String checked(Long id, String slug, String language, int position, Map<String, CategoryText> texts) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String address = slug == null ? null : slug.strip();
        if (address == null || address.isEmpty()) {
            problems.put("slug", FieldProblem.required());
        } else if (address.length() > ForumCategory.SLUG_LENGTH) {
            problems.put("slug", FieldProblem.tooLong(ForumCategory.SLUG_LENGTH));
        } else if (!Slugs.VALID.matcher(address).matches()) {
            problems.put("slug", FieldProblem.malformed());
        } else {
            List<ForumCategory> same = em.createNamedQuery(ForumCategory.FIND_BY_SLUG, ForumCategory.class)
                    .setParameter("slug", address).getResultList();
            if (same.stream().anyMatch(c -> !c.getId().equals(id))) problems.put("slug", FieldProblem.taken());
        }
        String lang = Text.blankToNull(language);
        if (lang != null && !Languages.PORTAL.contains(lang)) problems.put("language", FieldProblem.notOneOf(Languages.PORTAL));
        if (position < 0 || position > MAX_POSITION) problems.put("position", FieldProblem.malformed());
        if (texts == null || texts.get(Languages.DEFAULT) == null) problems.put("name", FieldProblem.required());
        if (texts != null) {
            texts.forEach((code, text) -> {
                String suffix = Languages.DEFAULT.equals(code) ? "" : "." + code;
                if (!Languages.PORTAL.contains(code)) {
                    problems.put("name" + suffix, FieldProblem.notOneOf(Languages.PORTAL));
                } else if (text != null && text.getName().length() > CategoryText.NAME_LENGTH) {
                    problems.put("name" + suffix, FieldProblem.tooLong(CategoryText.NAME_LENGTH));
                } else if (text != null && text.getDescription() != null
                        && text.getDescription().length() > CategoryText.DESCRIPTION_LENGTH) {
                    problems.put("description" + suffix, FieldProblem.tooLong(CategoryText.DESCRIPTION_LENGTH));
                }
            });
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return address;
    }
}
