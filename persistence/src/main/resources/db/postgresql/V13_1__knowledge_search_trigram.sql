-- PostgreSQL only: the site search finds the knowledge base's items by LIKE '%word%' on their folded texts.
CREATE INDEX IF NOT EXISTS knowledge_practice_folded_trgm ON knowledge_practice USING gin (folded_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS case_study_folded_trgm ON case_study USING gin (folded_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS knowledge_measure_folded_trgm ON knowledge_measure USING gin (folded_text gin_trgm_ops);
