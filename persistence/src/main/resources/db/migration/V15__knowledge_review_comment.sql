-- The knowledge base's review (issue 10): an editor who sends an item back to its writer says why. The comment is
-- kept until the item is published, so the writer sees it beside their draft. Portable between H2 2.x and PostgreSQL.

ALTER TABLE knowledge_practice ADD COLUMN review_comment VARCHAR(2000);
ALTER TABLE case_study ADD COLUMN review_comment VARCHAR(2000);
ALTER TABLE knowledge_measure ADD COLUMN review_comment VARCHAR(2000);

-- a member's own items and the review queue are read by organisation and status
CREATE INDEX knowledge_practice_org_status_ix ON knowledge_practice (organisation_id, status, id);
CREATE INDEX case_study_org_status_ix ON case_study (organisation_id, status, id);
CREATE INDEX knowledge_measure_org_status_ix ON knowledge_measure (organisation_id, status, id);
