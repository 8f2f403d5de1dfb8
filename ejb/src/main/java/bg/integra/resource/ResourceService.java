package bg.integra.resource;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.Listing;
import bg.integra.info.Topic;
import bg.integra.project.Project;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The public side of the resources library: by kind, topic, the language of the material and project. */
@Stateless
@PermitAll
public class ResourceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    public Page<Resource> resources(ResourceKind kind, Topic topic, String materialLanguage, @NotNull PageRequest request) {
        return resources(kind, topic, materialLanguage, null, request);
    }

    public Page<Resource> resources(ResourceKind kind, Topic topic, String materialLanguage, Long projectId,
                                    @NotNull PageRequest request) {
        return new Listing<>(Resource.class, "r")
                .filter("r.kind = :kind", "kind", kind)
                .filter("r.topic = :topic", "topic", topic)
                .filter("r.materialLanguage = :lang", "lang", materialLanguage)
                .filter("r.project.id = :project", "project", projectId)
                .page(em, "r.publishedAt DESC, r.id DESC", request);
    }

    /** At most this many projects in the library's project filter: a list to choose from, not a directory. */
    public static final int MAX_FILTER_PROJECTS = 100;

    /**
     * The projects that have published materials, with their titles, for the library's project filter: at most
     * {@link #MAX_FILTER_PROJECTS}, the latest projects first (with thousands, a project's page links to its
     * materials with {@code ?project=}).
     */
    public List<Project> projects() {
        // Project as the query's root: its texts are batch-fetched, which a query rooted at Resource cannot do
        List<Project> projects = ReadOnly.query(em.createQuery("SELECT p FROM Project p WHERE p.id IN (SELECT r.project.id FROM Resource r"
                        + " WHERE r.status = bg.integra.content.PublicationStatus.PUBLISHED) ORDER BY p.id DESC", Project.class))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "p.texts")
                .setMaxResults(MAX_FILTER_PROJECTS).getResultList();
        projects.forEach(p -> p.getTexts().size());
        return projects;
    }

    public Resource resource(String slug) {
        return content.published(Resource.class, ContentType.RESOURCE, slug);
    }
}
