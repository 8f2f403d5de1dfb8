-- The knowledge base's initiatives (issue 10): members announce upcoming initiatives and report completed projects
-- to the network, reviewed as practices and cases are (only PUBLISHED is shown). Portable between H2 2.x and
-- PostgreSQL.

CREATE SEQUENCE knowledge_initiative_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE knowledge_initiative (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    organisation_id BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    status          VARCHAR(12)    NOT NULL,
    submitted_on    DATE,
    published_on    DATE,
    folded_text     VARCHAR(20000) DEFAULT '' NOT NULL,
    review_comment  VARCHAR(2000),
    kind            VARCHAR(12)    NOT NULL,
    start_date      DATE,
    end_date        DATE,
    region          VARCHAR(20),
    town            VARCHAR(100),
    link            VARCHAR(300),
    contact         VARCHAR(300),
    CONSTRAINT knowledge_initiative_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    CONSTRAINT knowledge_initiative_kind_ck CHECK (kind IN ('UPCOMING', 'COMPLETED')),
    CONSTRAINT knowledge_initiative_period_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- the public list reads published items, upcoming ones by start, completed ones by end
CREATE INDEX knowledge_initiative_status_ix ON knowledge_initiative (status, kind, start_date, end_date);
CREATE INDEX knowledge_initiative_organisation_ix ON knowledge_initiative (organisation_id, status, id);
CREATE INDEX knowledge_initiative_region_ix ON knowledge_initiative (region, status);

CREATE TABLE knowledge_initiative_text (
    initiative_id BIGINT        NOT NULL REFERENCES knowledge_initiative (id) ON DELETE CASCADE,
    lang          VARCHAR(8)    NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    summary       VARCHAR(1000),
    description   VARCHAR(4000),
    partners      VARCHAR(1000),
    PRIMARY KEY (initiative_id, lang)
);
