package bg.integra.search;

import java.time.LocalDateTime;

/**
 * One result of the site search: what it is ({@code type}: NEWS, EVENT, RESOURCE, INFO or PROJECT), the
 * language of the text that matched, its title and a short extract, and where it lives ({@code key}: the slug,
 * or the id of a project).
 */
public record SearchHit(String type, String key, String lang, String title, String extract, LocalDateTime date,
                        double score) {
}
