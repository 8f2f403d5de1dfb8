package bg.integra.web.admin.forum;

import bg.integra.forum.ForumModeration;
import bg.integra.forum.ForumPost;
import bg.integra.web.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/forum/index.xhtml (moderators and administrators): the posts waiting for a decision, held ones (a newcomer's
 * first posts) and hidden ones (flagged by three readers), the longest waiting first, paged in the database.
 */
@Named
@ViewScoped
public class ForumQueueBacking implements Serializable {

    @Inject
    private ForumModeration moderation;

    private long size;

    private final PagedModel<ForumPost> model = PagedModel.of(request -> moderation.queue(request), ForumPost::getId);

    @PostConstruct
    void load() {
        size = moderation.queueSize();
    }

    public PagedModel<ForumPost> getModel() { return model; }
    public long getSize() { return size; }
}
