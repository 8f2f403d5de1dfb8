/**
 * The knowledge base's services: {@link bg.integra.knowledge.KnowledgeService} reads the published good practices,
 * cases, regional measures and initiatives for the portal and the API; {@link bg.integra.knowledge.KnowledgeReview} submits and
 * publishes an item once its rules hold (a practice a year old, a case without personal data).
 */
package bg.integra.knowledge;
