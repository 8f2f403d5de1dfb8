package bg.integra.rest.knowledge;

import bg.integra.common.Languages;
import bg.integra.knowledge.KnowledgeItem;

import java.time.LocalDate;

/**
 * Where an item its writer's program sent is on its way to the portal: its Bulgarian title (every item has one),
 * its status (DRAFT, SUBMITTED, PUBLISHED), its version for the next If-Match, the dates of the review and, for a
 * draft an editor sent back, the reason.
 */
public record KnowledgeStateDto(long id, String title, long version, String status, LocalDate submittedOn,
                                LocalDate publishedOn, String reviewComment) {

    static KnowledgeStateDto of(KnowledgeItem<?> item) {
        KnowledgeItem.Headline bg = item.headlines().get(Languages.DEFAULT);
        return new KnowledgeStateDto(item.getId(), bg == null ? null : bg.title(), item.getVersion(),
                item.getStatus().name(), item.getSubmittedOn(), item.getPublishedOn(), item.getReviewComment());
    }
}
