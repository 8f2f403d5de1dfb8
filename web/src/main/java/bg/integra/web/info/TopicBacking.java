package bg.integra.web.info;

import bg.integra.info.InfoArticle;
import bg.integra.info.InfoService;
import bg.integra.web.portal.ContentPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /info/{slug}: the information on one topic in the page's language or, when it is not translated yet, in
 * English or Bulgarian with a notice and links to the languages it exists in.
 */
@Named
@RequestScoped
public class TopicBacking extends ContentPage<InfoArticle> {

    @Inject
    private InfoService info;

    @Override
    protected InfoArticle find(String slug) {
        return info.topic(slug);
    }
}
