package bg.integra.feed;

import bg.integra.common.ReadOnly;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What the portal's news feed carries: the latest published news and events together, newest publication
 * first, so that a feed reader or a partner site learns of both from one address.
 */
@Stateless
@PermitAll
public class FeedService {

    public static final int MAX_ENTRIES = 20;
    private static final List<ContentType> TYPES = List.of(ContentType.NEWS, ContentType.EVENT);

    @PersistenceContext
    private EntityManager em;

    /** The latest {@link #MAX_ENTRIES} published news and events, with their texts loaded (the feed shows nothing else). */
    public List<Content> latest() {
        List<Content> items = ReadOnly.query(em.createQuery("SELECT c FROM Content c WHERE c.type IN :types"
                        + " AND c.status = bg.integra.content.PublicationStatus.PUBLISHED"
                        + " ORDER BY c.publishedAt DESC, c.id DESC", Content.class))
                .setParameter("types", TYPES)
                .setMaxResults(MAX_ENTRIES)
                .getResultList();
        items.forEach(c -> c.getTexts().size()); // the feed shows texts only: no gallery, no project
        return items;
    }
}
