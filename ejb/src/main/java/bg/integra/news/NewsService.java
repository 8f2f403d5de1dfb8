package bg.integra.news;

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

/** The public side of news and publications: the newest first, by kind and project. */
@Stateless
@PermitAll
public class NewsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    public Page<Article> news(ArticleKind kind, Long projectId, @NotNull PageRequest request) {
        return new Listing<>(Article.class, "a")
                .filter("a.kind = :kind", "kind", kind)
                .filter("a.project.id = :project", "project", projectId)
                .page(em, "a.publishedAt DESC, a.id DESC", request);
    }

    public Article article(String slug) {
        return content.published(Article.class, ContentType.NEWS, slug);
    }
}
