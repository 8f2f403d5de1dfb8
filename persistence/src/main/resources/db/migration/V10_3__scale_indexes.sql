-- Scale (issue 9): the back-office content list is ordered by the last change, newest first.
-- Portable between H2 2.x and PostgreSQL.
CREATE INDEX content_updated_ix ON content (updated_at, id);
