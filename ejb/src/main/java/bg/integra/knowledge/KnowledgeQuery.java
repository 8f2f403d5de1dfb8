package bg.integra.knowledge;

import bg.integra.common.Region;

/**
 * What a visitor of the knowledge base's lists or a caller of the API asks; every part is optional and a list uses
 * the parts that apply to it (a case has no audience, only a measure has a status, only an initiative a kind).
 *
 * @param text     words that must all occur in the item's texts, in any language and spelling
 * @param region   the oblast
 * @param audience whom a practice is for
 * @param area     the area of integration of a practice or a case
 * @param status   how far a measure has got
 * @param kind     an upcoming initiative or a completed project
 */
public record KnowledgeQuery(String text, Region region, TargetAudience audience, IntegrationArea area,
                             MeasureStatus status, InitiativeKind kind) {

    public static final KnowledgeQuery ALL = new KnowledgeQuery(null, null, null, null, null, null);

    /** A query of the lists that have no kind. */
    public KnowledgeQuery(String text, Region region, TargetAudience audience, IntegrationArea area, MeasureStatus status) {
        this(text, region, audience, area, status, null);
    }
}
