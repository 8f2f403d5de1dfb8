-- The forum (issue 11) and the one public account that the forum, training and surveys share.
-- Portable between H2 2.x and PostgreSQL.

-- A visitor's account on the portal (not a back-office account). A staff member who posts gets one linked to their
-- back-office account (staff_account_id), which has no e-mail or password of its own. A deleted account stays as
-- an anonymous row ("deleted user") so that its posts keep an author and threads stay readable.
CREATE SEQUENCE portal_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE portal_account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    email            VARCHAR(254),
    handle           VARCHAR(30)  NOT NULL,
    display_name     VARCHAR(60)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    password_hash    VARCHAR(500),
    staff_account_id BIGINT       REFERENCES account (id),
    status           VARCHAR(12)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    confirmed_at     TIMESTAMP,
    failed_sign_ins  INTEGER      DEFAULT 0 NOT NULL,
    locked_until     TIMESTAMP,
    token_hash       VARCHAR(64),
    token_purpose    VARCHAR(10),
    token_expires_at TIMESTAMP,
    trust_level      INTEGER      DEFAULT 0 NOT NULL,
    approved_posts   INTEGER      DEFAULT 0 NOT NULL,
    silenced_until   TIMESTAMP,
    suspended_until  TIMESTAMP,
    moderation_note  VARCHAR(500),
    mail_key         VARCHAR(43)  NOT NULL,
    digest           BOOLEAN      DEFAULT TRUE NOT NULL,
    mail_notices     BOOLEAN      DEFAULT TRUE NOT NULL,
    last_digest_at   TIMESTAMP,
    CONSTRAINT portal_account_email_uk UNIQUE (email),
    CONSTRAINT portal_account_handle_uk UNIQUE (handle),
    CONSTRAINT portal_account_staff_uk UNIQUE (staff_account_id),
    CONSTRAINT portal_account_mail_key_uk UNIQUE (mail_key),
    CONSTRAINT portal_account_status_ck CHECK (status IN ('UNCONFIRMED', 'ACTIVE', 'DELETED')),
    CONSTRAINT portal_account_token_ck CHECK (token_purpose IS NULL OR token_purpose IN ('CONFIRM', 'RESET')),
    CONSTRAINT portal_account_trust_ck CHECK (trust_level BETWEEN 0 AND 4)
);
CREATE INDEX portal_account_token_ix ON portal_account (token_hash);

-- What an account has read, counted for its trust level: kept apart from the account so that reading never
-- touches the account's row (whose change reaches the caches of the forum's pages).
CREATE TABLE forum_reading (
    account_id       BIGINT    NOT NULL PRIMARY KEY REFERENCES portal_account (id),
    version          BIGINT    NOT NULL,
    topics_entered   INTEGER   DEFAULT 0 NOT NULL,
    posts_read       INTEGER   DEFAULT 0 NOT NULL,
    read_seconds     INTEGER   DEFAULT 0 NOT NULL,
    days_visited     INTEGER   DEFAULT 0 NOT NULL,
    last_visit_date  DATE,
    last_read_at     TIMESTAMP
);

CREATE SEQUENCE forum_category_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_category (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    slug           VARCHAR(60) NOT NULL,
    language       VARCHAR(8),
    position       INTEGER     NOT NULL,
    topic_count    INTEGER     DEFAULT 0 NOT NULL,
    post_count     INTEGER     DEFAULT 0 NOT NULL,
    last_posted_at TIMESTAMP,
    CONSTRAINT forum_category_slug_uk UNIQUE (slug)
);

CREATE TABLE forum_category_text (
    category_id BIGINT       NOT NULL REFERENCES forum_category (id),
    lang        VARCHAR(8)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    PRIMARY KEY (category_id, lang)
);

CREATE SEQUENCE forum_topic_seq START WITH 50 INCREMENT BY 50;

-- A topic's status follows its first post's (held, visible, hidden, deleted); post_count counts its visible posts,
-- highest_number numbers them (a post keeps its number when one before it is hidden).
CREATE TABLE forum_topic (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    category_id      BIGINT       NOT NULL REFERENCES forum_category (id),
    title            VARCHAR(200) NOT NULL,
    slug             VARCHAR(100) NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    author_id        BIGINT       NOT NULL REFERENCES portal_account (id),
    created_at       TIMESTAMP    NOT NULL,
    last_posted_at   TIMESTAMP    NOT NULL,
    last_poster_id   BIGINT       NOT NULL REFERENCES portal_account (id),
    post_count       INTEGER      DEFAULT 0 NOT NULL,
    highest_number   INTEGER      DEFAULT 0 NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    pinned           BOOLEAN      DEFAULT FALSE NOT NULL,
    closed           BOOLEAN      DEFAULT FALSE NOT NULL,
    solution_number  INTEGER,
    search_text      VARCHAR(4000) NOT NULL,
    CONSTRAINT forum_topic_status_ck CHECK (status IN ('HELD', 'VISIBLE', 'HIDDEN', 'DELETED'))
);
-- a category's page: visible topics, pinned first, latest activity first
CREATE INDEX forum_topic_category_ix ON forum_topic (category_id, status, pinned, last_posted_at, id);
-- the forum's latest topics across categories, and the API's
CREATE INDEX forum_topic_latest_ix ON forum_topic (status, last_posted_at, id);
CREATE INDEX forum_topic_author_ix ON forum_topic (author_id, created_at);

CREATE SEQUENCE forum_post_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_post (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    topic_id        BIGINT         NOT NULL REFERENCES forum_topic (id),
    number          INTEGER        NOT NULL,
    author_id       BIGINT         NOT NULL REFERENCES portal_account (id),
    markdown        VARCHAR(20000) NOT NULL,
    html            VARCHAR(100000) NOT NULL,
    reply_to        INTEGER,
    created_at      TIMESTAMP      NOT NULL,
    edited_at       TIMESTAMP,
    revisions       INTEGER        DEFAULT 0 NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    flags           INTEGER        DEFAULT 0 NOT NULL,
    moderation_note VARCHAR(500),
    CONSTRAINT forum_post_number_uk UNIQUE (topic_id, number),
    CONSTRAINT forum_post_status_ck CHECK (status IN ('HELD', 'VISIBLE', 'HIDDEN', 'DELETED'))
);
-- a topic's page: its visible posts in order
CREATE INDEX forum_post_topic_ix ON forum_post (topic_id, status, number);
-- the moderation queue: held and hidden posts, oldest first
CREATE INDEX forum_post_queue_ix ON forum_post (status, created_at, id);
-- an author's posts: rate limits, export, erasure
CREATE INDEX forum_post_author_ix ON forum_post (author_id, created_at);

-- Every earlier text of an edited post, for moderators.
CREATE SEQUENCE forum_post_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_post_revision (
    id        BIGINT         NOT NULL PRIMARY KEY,
    post_id   BIGINT         NOT NULL REFERENCES forum_post (id),
    revision  INTEGER        NOT NULL,
    markdown  VARCHAR(20000) NOT NULL,
    written_at TIMESTAMP     NOT NULL,
    editor    VARCHAR(100)   NOT NULL,
    CONSTRAINT forum_post_revision_uk UNIQUE (post_id, revision)
);

CREATE SEQUENCE forum_flag_seq START WITH 50 INCREMENT BY 50;

-- One flag per account and post; resolved when a moderator has decided on the post.
CREATE TABLE forum_flag (
    id          BIGINT      NOT NULL PRIMARY KEY,
    post_id     BIGINT      NOT NULL REFERENCES forum_post (id),
    account_id  BIGINT      NOT NULL REFERENCES portal_account (id),
    reason      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    resolved_at TIMESTAMP,
    CONSTRAINT forum_flag_uk UNIQUE (post_id, account_id),
    CONSTRAINT forum_flag_reason_ck CHECK (reason IN ('SPAM', 'OFF_TOPIC', 'ABUSIVE', 'PERSONAL_DATA'))
);
CREATE INDEX forum_flag_open_ix ON forum_flag (resolved_at, created_at);

CREATE SEQUENCE forum_notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_notification (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES portal_account (id),
    kind        VARCHAR(10) NOT NULL,
    topic_id    BIGINT      NOT NULL REFERENCES forum_topic (id),
    post_number INTEGER     NOT NULL,
    actor_id    BIGINT      NOT NULL REFERENCES portal_account (id),
    created_at  TIMESTAMP   NOT NULL,
    read_at     TIMESTAMP,
    CONSTRAINT forum_notification_kind_ck CHECK (kind IN ('REPLY', 'MENTION', 'WATCHED', 'APPROVED'))
);
-- the unread count and the list of an account's notifications
CREATE INDEX forum_notification_account_ix ON forum_notification (account_id, read_at, created_at);

-- Topics an account watches (its own are watched when it writes them) and categories it follows for the digest.
CREATE TABLE forum_watch (
    account_id BIGINT NOT NULL REFERENCES portal_account (id),
    topic_id   BIGINT NOT NULL REFERENCES forum_topic (id),
    PRIMARY KEY (account_id, topic_id)
);
CREATE INDEX forum_watch_topic_ix ON forum_watch (topic_id);

CREATE TABLE forum_follow (
    account_id  BIGINT NOT NULL REFERENCES portal_account (id),
    category_id BIGINT NOT NULL REFERENCES forum_category (id),
    PRIMARY KEY (account_id, category_id)
);

-- Where an account has read up to in a topic: the topics it entered, for its trust level.
CREATE TABLE forum_topic_read (
    account_id       BIGINT  NOT NULL REFERENCES portal_account (id),
    topic_id         BIGINT  NOT NULL REFERENCES forum_topic (id),
    last_read_number INTEGER NOT NULL,
    PRIMARY KEY (account_id, topic_id)
);
