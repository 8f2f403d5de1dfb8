/**
 * The knowledge base in the back-office: a member of the network writes its organisation's good practices, cases
 * and initiatives and submits them (admin/knowledge/index.xhtml, practice.xhtml, case.xhtml, initiative.xhtml), an
 * editor publishes them or sends them back with a comment (review.xhtml). The rules are
 * {@code bg.integra.knowledge.KnowledgeEditing} and {@code KnowledgeReview}'s; a kind of item is a
 * {@link bg.integra.web.admin.knowledge.KnowledgeKind}.
 */
package bg.integra.web.admin.knowledge;
