package bg.integra.rest.forum;

import bg.integra.common.Page;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.rest.common.PageDto;

import java.time.LocalDateTime;

/**
 * A visible topic as in a list ({@link ForumTopicSummaryDto}), the number of the answer marked as its solution (null:
 * none), and one page of its visible posts in their order.
 */
public record ForumTopicDto(long id, String title, String path, String page, String category, String language,
                            String author, LocalDateTime createdAt, LocalDateTime lastPostedAt, int postCount,
                            boolean pinned, boolean closed, boolean solved, Integer solution, PageDto<ForumPostDto> posts) {

    static ForumTopicDto of(ForumTopic t, Page<ForumPost> posts) {
        ForumTopicSummaryDto s = ForumTopicSummaryDto.of(t);
        return new ForumTopicDto(s.id(), s.title(), s.path(), s.page(), s.category(), s.language(), s.author(),
                s.createdAt(), s.lastPostedAt(), s.postCount(), s.pinned(), s.closed(), s.solved(), t.getSolutionNumber(),
                PageDto.of(posts, ForumPostDto::of));
    }
}
