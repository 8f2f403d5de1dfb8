-- A moderator's reason for pinning, unpinning, closing or opening a topic, kept on the topic so that the audit
-- trail's entry of the change shows it (as a post's moderation_note does for decisions on a post).
ALTER TABLE forum_topic ADD COLUMN moderation_note VARCHAR(500);
