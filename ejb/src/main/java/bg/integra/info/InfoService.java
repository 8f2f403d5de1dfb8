package bg.integra.info;

import bg.integra.common.ReadOnly;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The public side of the information for immigrants: the topics in their order, each in its languages. */
@Stateless
@PermitAll
public class InfoService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    public List<InfoArticle> topics() {
        List<InfoArticle> topics = ReadOnly.query(em.createNamedQuery(InfoArticle.FIND_PUBLISHED, InfoArticle.class)).getResultList();
        topics.forEach(ContentService::load);
        return topics;
    }

    public InfoArticle topic(String slug) {
        return content.published(InfoArticle.class, ContentType.INFO, slug);
    }
}
