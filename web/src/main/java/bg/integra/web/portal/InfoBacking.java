package bg.integra.web.portal;

import bg.integra.change.Tags;
import bg.integra.content.ContentType;
import bg.integra.info.InfoArticle;
import bg.integra.info.InfoService;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** /info: the topics of the information for immigrants, each with the languages it is written in. */
@Named
@RequestScoped
public class InfoBacking {

    @Inject
    private InfoService info;

    private List<InfoArticle> topics;

    public List<InfoArticle> getTopics() {
        if (topics == null) {
            PageTags.declare(Tags.list(ContentType.INFO));
            topics = info.topics();
        }
        return topics;
    }
}
