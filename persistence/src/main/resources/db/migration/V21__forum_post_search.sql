-- Replies in the site search (issue 11): each post's Markdown folded (bg.integra.common.Folding), as a topic keeps its
-- title and first post. Migration 21.1 (bg.integra.common.V21_1__Fold_forum_posts) fills it for the posts that exist.
ALTER TABLE forum_post ADD COLUMN search_text VARCHAR(4000) DEFAULT '' NOT NULL;
