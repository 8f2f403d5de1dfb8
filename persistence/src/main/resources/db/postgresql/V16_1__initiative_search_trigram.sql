-- PostgreSQL only: the site search finds the knowledge base's initiatives by LIKE '%word%' on their folded texts.
CREATE INDEX IF NOT EXISTS knowledge_initiative_folded_trgm ON knowledge_initiative USING gin (folded_text gin_trgm_ops);
