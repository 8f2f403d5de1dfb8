package bg.integra.training;

import bg.integra.common.Filtered;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.common.Text;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The training as the public sees it: the catalogue of published courses, paged in the database and filtered by
 * audience, language and topic, and a published course's outline (its modules and lessons with their texts).
 * Everything it hands out is read-only and loaded for the page; a draft is not found.
 */
@Stateless
@PermitAll
public class TrainingCatalogue {

    @PersistenceContext
    private EntityManager em;

    /** Published courses in the order of their addresses; a language outside the portal's finds nothing. */
    public Page<Course> catalogue(@NotNull CourseQuery query, @NotNull PageRequest request) {
        String language = Text.blankToNull(query.language());
        if (language != null && !Languages.PORTAL.contains(language)) return new Page<>(List.of(), request.page(), request.size(), 0);
        Page<Course> page = Filtered.of(Course.class, "c")
                .where("c.status = bg.integra.training.CourseStatus.PUBLISHED")
                .where("c.audience = :audience", "audience", query.audience())
                .where("c.topic = :topic", "topic", query.topic())
                .where("c.id IN (SELECT t.id FROM Course t JOIN t.texts x WHERE KEY(x) = :lang)", "lang", language)
                .readOnly()
                .page(em, "c.slug", request);
        page.items().forEach(Outlines::summary);
        return page;
    }

    /** A published course by its address, with its outline; not found otherwise. */
    public Course published(@NotNull String slug) {
        List<Course> found = ReadOnly.query(em.createNamedQuery(Course.FIND_BY_SLUG, Course.class)
                .setParameter("slug", slug)).getResultList();
        if (found.isEmpty() || !found.get(0).isPublished()) throw new NotFoundException("Course", slug);
        return Outlines.load(found.get(0));
    }

    /** A published course by its id, with its outline; not found otherwise. */
    public Course published(long id) {
        Course course = ReadOnly.find(em, Course.class, id);
        if (course == null || !course.isPublished()) throw new NotFoundException("Course", id);
        return Outlines.load(course);
    }
}
