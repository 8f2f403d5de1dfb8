-- Portal content: news, events, resources, information for immigrants, their texts and galleries; uploaded files.
-- Portable between H2 2.x and PostgreSQL (BYTEA is a binary type in both).

CREATE SEQUENCE content_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE gallery_image_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stored_file (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    file_name  VARCHAR(200) NOT NULL,
    media_type VARCHAR(40)  NOT NULL,
    size_bytes BIGINT       NOT NULL,
    width      INTEGER,
    height     INTEGER,
    sha256     VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP    NOT NULL
);

CREATE TABLE file_data (
    file_id   BIGINT NOT NULL PRIMARY KEY REFERENCES stored_file (id) ON DELETE CASCADE,
    data      BYTEA  NOT NULL,
    thumbnail BYTEA
);

CREATE TABLE content (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    type         VARCHAR(10) NOT NULL,
    slug         VARCHAR(80) NOT NULL,
    status       VARCHAR(12) NOT NULL,
    published_at TIMESTAMP,
    updated_at   TIMESTAMP   NOT NULL,
    project_id   BIGINT      REFERENCES project (id) ON DELETE SET NULL,
    CONSTRAINT content_slug_uk UNIQUE (type, slug)
);
CREATE INDEX content_list_ix ON content (type, status, published_at);
CREATE INDEX content_project_ix ON content (project_id);

CREATE TABLE content_text (
    content_id  BIGINT          NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    lang        VARCHAR(8)      NOT NULL,
    title       VARCHAR(300)    NOT NULL,
    summary     VARCHAR(1000),
    body        VARCHAR(100000),
    search_text VARCHAR(101300) NOT NULL,
    PRIMARY KEY (content_id, lang)
);

CREATE TABLE gallery_image (
    id         BIGINT  NOT NULL PRIMARY KEY,
    content_id BIGINT  NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    file_id    BIGINT  NOT NULL REFERENCES stored_file (id),
    position   INTEGER NOT NULL
);
CREATE INDEX gallery_image_content_ix ON gallery_image (content_id);

CREATE TABLE gallery_image_text (
    image_id BIGINT       NOT NULL REFERENCES gallery_image (id) ON DELETE CASCADE,
    lang     VARCHAR(8)   NOT NULL,
    alt      VARCHAR(300) NOT NULL,
    caption  VARCHAR(500),
    PRIMARY KEY (image_id, lang)
);

CREATE TABLE article (
    id            BIGINT       NOT NULL PRIMARY KEY REFERENCES content (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    newspaper     VARCHAR(200),
    issue_date    DATE,
    attachment_id BIGINT       REFERENCES stored_file (id)
);

CREATE TABLE event (
    id        BIGINT       NOT NULL PRIMARY KEY REFERENCES content (id) ON DELETE CASCADE,
    kind      VARCHAR(20)  NOT NULL,
    starts_at TIMESTAMP    NOT NULL,
    ends_at   TIMESTAMP,
    venue     VARCHAR(300) NOT NULL,
    city      VARCHAR(100),
    region    VARCHAR(20)  NOT NULL,
    CONSTRAINT event_period_ck CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX event_starts_ix ON event (starts_at);

CREATE TABLE event_method (
    event_id BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    method   VARCHAR(20) NOT NULL,
    PRIMARY KEY (event_id, method)
);

CREATE TABLE resource (
    id            BIGINT      NOT NULL PRIMARY KEY REFERENCES content (id) ON DELETE CASCADE,
    kind          VARCHAR(20) NOT NULL,
    topic         VARCHAR(20),
    material_lang VARCHAR(8)  NOT NULL,
    print_run     INTEGER     CHECK (print_run >= 0),
    file_id       BIGINT      REFERENCES stored_file (id)
);

CREATE TABLE info_article (
    id       BIGINT      NOT NULL PRIMARY KEY REFERENCES content (id) ON DELETE CASCADE,
    topic    VARCHAR(20) NOT NULL,
    position INTEGER     NOT NULL
);
