package bg.integra.rest.forum;

import bg.integra.forum.CategoryText;
import bg.integra.forum.ForumCategory;

import java.time.LocalDateTime;

/**
 * A category of the forum: its address segment, the one language its topics are in (null: open to all), its name and
 * description in the language asked for or its fallback ({@code textLanguage} says which), and its visible counts.
 */
public record ForumCategoryDto(long id, String slug, String language, String name, String description,
                               String textLanguage, int topicCount, int postCount, LocalDateTime lastPostedAt,
                               String page) {

    static ForumCategoryDto of(ForumCategory c, String lang) {
        CategoryText text = c.text(lang);
        return new ForumCategoryDto(c.getId(), c.getSlug(), c.getLanguage(), text.getName(), text.getDescription(),
                c.textLanguage(lang), c.getTopicCount(), c.getPostCount(), c.getLastPostedAt(), "/forum/c/" + c.getSlug());
    }
}
