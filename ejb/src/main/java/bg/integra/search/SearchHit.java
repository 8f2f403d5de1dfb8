package bg.integra.search;

import java.time.LocalDateTime;

/**
 * One result of the site search: what it is ({@code type}: NEWS, EVENT, RESOURCE, INFO, PROJECT or NETWORK), the
 * language of the text that matched, its title and a short extract, and where it lives ({@code key}: the slug,
 * the id of a project, or a member's slug).
 */
public record SearchHit(String type, String key, String lang, String title, String extract, LocalDateTime date,
                        double score) {
}
