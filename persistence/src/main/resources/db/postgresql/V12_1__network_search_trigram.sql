-- PostgreSQL only: the site search finds members of the network by LIKE '%word%' on their folded names.
CREATE INDEX IF NOT EXISTS organisation_folded_trgm ON organisation USING gin (folded_text gin_trgm_ops);
