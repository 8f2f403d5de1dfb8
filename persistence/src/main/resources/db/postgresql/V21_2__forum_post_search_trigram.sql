-- The site search's LIKE '%word%' on the forum's topics and posts, through trigram indexes as for the other searched
-- texts (V10_2); without them every search would read every post.
CREATE INDEX IF NOT EXISTS forum_topic_search_trgm ON forum_topic USING gin (search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS forum_post_search_trgm ON forum_post USING gin (search_text gin_trgm_ops);
