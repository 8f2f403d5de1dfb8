package bg.integra.web.news;

import bg.integra.news.Article;
import bg.integra.news.NewsService;
import bg.integra.web.portal.ContentPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /news/{slug}: one article, press release or media publication (with its newspaper and scan). */
@Named
@RequestScoped
public class ArticleBacking extends ContentPage<Article> {

    @Inject
    private NewsService news;

    @Override
    protected Article find(String slug) {
        return news.article(slug);
    }
}
