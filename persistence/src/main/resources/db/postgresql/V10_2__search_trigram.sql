-- PostgreSQL only (Migrations adds this location for PostgreSQL): trigram indexes, so that the site search's
-- LIKE '%word%' on the folded texts reads the matching rows, not the whole table. pg_trgm ships with
-- PostgreSQL (contrib) and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS content_text_search_trgm ON content_text USING gin (search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS project_folded_trgm ON project USING gin (folded_text gin_trgm_ops);
