package bg.integra.info;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.Listing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The public side of the information for immigrants: the topics in their order, each in its languages. */
@Stateless
@PermitAll
public class InfoService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    /** The published topics in their order, a page at a time (read in the database, as the other lists are). */
    public Page<InfoArticle> topics(@NotNull PageRequest request) {
        return new Listing<>(InfoArticle.class, "i").page(em, "i.position, i.id", request);
    }

    public InfoArticle topic(String slug) {
        return content.published(InfoArticle.class, ContentType.INFO, slug);
    }
}
