package bg.integra.forum;

import java.time.LocalDateTime;

/**
 * The one place that keeps the counts right when a post is shown or stops being shown: its topic's visible posts
 * and last post, its category's topics and posts, and a topic's status, which follows its first post. The caller
 * holds the locks of the topic and the category (in that order, after the author's account).
 */
final class PostVisibility {

    private PostVisibility() {
    }

    /** A new or held post becomes visible. */
    static void show(ForumPost post, String note, LocalDateTime now) {
        if (post.isVisible()) return;
        ForumTopic topic = post.getTopic();
        post.decide(PostStatus.VISIBLE, note);
        topic.countPost(post.getAuthor(), post.getCreatedAt());
        if (post.isFirst()) {
            topic.setStatus(PostStatus.VISIBLE);
            topic.getCategory().addPosts(topic.getPostCount(), true, topic.getLastPostedAt());
        } else if (topic.isVisible()) {
            topic.getCategory().addPosts(1, false, post.getCreatedAt());
        }
    }

    /** A post is held, hidden or deleted; a first post takes its topic with it. */
    static void hide(ForumPost post, PostStatus status, String note) {
        boolean wasVisible = post.isVisible();
        ForumTopic topic = post.getTopic();
        post.decide(status, note);
        if (!wasVisible) {
            if (post.isFirst()) topic.setStatus(status);
            return;
        }
        if (post.isFirst()) {
            if (topic.isVisible()) topic.getCategory().removePosts(topic.getPostCount(), true);
            topic.uncountPost();
            topic.setStatus(status);
        } else {
            topic.uncountPost();
            if (topic.isVisible()) topic.getCategory().removePosts(1, false);
        }
    }
}
