package bg.integra.resource;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.Listing;
import bg.integra.info.Topic;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/** The public side of the resources library: by kind, topic and the language of the material. */
@Stateless
@PermitAll
public class ResourceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    public Page<Resource> resources(ResourceKind kind, Topic topic, String materialLanguage, @NotNull PageRequest request) {
        return new Listing<>(Resource.class, "r")
                .filter("r.kind = :kind", "kind", kind)
                .filter("r.topic = :topic", "topic", topic)
                .filter("r.materialLanguage = :lang", "lang", materialLanguage)
                .page(em, "r.publishedAt DESC, r.id DESC", request);
    }

    public Resource resource(String slug) {
        return content.published(Resource.class, ContentType.RESOURCE, slug);
    }
}
