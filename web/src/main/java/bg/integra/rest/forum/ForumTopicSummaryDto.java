package bg.integra.rest.forum;

import bg.integra.forum.ForumTopic;

import java.time.LocalDateTime;

/**
 * A visible topic in a list: its title and portal address ({@code path} under /forum/t/), its category, the language
 * it is written in, who started it (display name), when, its latest post, how many visible posts it has and whether
 * it is pinned, closed or solved.
 */
public record ForumTopicSummaryDto(long id, String title, String path, String page, String category, String language,
                                   String author, LocalDateTime createdAt, LocalDateTime lastPostedAt, int postCount,
                                   boolean pinned, boolean closed, boolean solved) {

    static ForumTopicSummaryDto of(ForumTopic t) {
        return new ForumTopicSummaryDto(t.getId(), t.getTitle(), t.path(), "/forum/t/" + t.path(), t.getCategory().getSlug(),
                t.getLanguage(), ForumPostDto.name(t.getAuthor()), t.getCreatedAt(), t.getLastPostedAt(), t.getPostCount(),
                t.isPinned(), t.isClosed(), t.getSolutionNumber() != null);
    }
}
