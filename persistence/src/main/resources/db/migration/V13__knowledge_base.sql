-- The network's knowledge base (issue 10): good practices after the European Website on Integration's template,
-- anonymised cases, and regional measures proposed from them, each of a member organisation, with its texts per
-- language and a publication status (only PUBLISHED is shown). Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE knowledge_practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_study_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE knowledge_measure_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE knowledge_practice (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    organisation_id BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    status          VARCHAR(12)    NOT NULL,
    submitted_on    DATE,
    published_on    DATE,
    folded_text     VARCHAR(20000) DEFAULT '' NOT NULL,
    country         VARCHAR(2)     NOT NULL,
    region          VARCHAR(20),
    start_date      DATE,
    end_date        DATE,
    audience        VARCHAR(30)    NOT NULL,
    area            VARCHAR(30)    NOT NULL,
    contact         VARCHAR(300),
    CONSTRAINT knowledge_practice_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    CONSTRAINT knowledge_practice_period_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- the public lists read published items newest first, filtered by oblast, audience or area
CREATE INDEX knowledge_practice_status_ix ON knowledge_practice (status, published_on, id);
CREATE INDEX knowledge_practice_organisation_ix ON knowledge_practice (organisation_id);
CREATE INDEX knowledge_practice_region_ix ON knowledge_practice (region, status);

CREATE TABLE knowledge_practice_text (
    practice_id     BIGINT        NOT NULL REFERENCES knowledge_practice (id) ON DELETE CASCADE,
    lang            VARCHAR(8)    NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    funding         VARCHAR(500),
    objectives      VARCHAR(4000),
    activities      VARCHAR(4000),
    results         VARCHAR(4000),
    evaluation      VARCHAR(4000),
    transferability VARCHAR(4000),
    PRIMARY KEY (practice_id, lang)
);

CREATE TABLE knowledge_practice_link (
    practice_id BIGINT       NOT NULL REFERENCES knowledge_practice (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    url         VARCHAR(300) NOT NULL,
    PRIMARY KEY (practice_id, position)
);

CREATE TABLE case_study (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    organisation_id BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    status          VARCHAR(12)    NOT NULL,
    submitted_on    DATE,
    published_on    DATE,
    folded_text     VARCHAR(20000) DEFAULT '' NOT NULL,
    region          VARCHAR(20),
    area            VARCHAR(30)    NOT NULL,
    CONSTRAINT case_study_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED'))
);
CREATE INDEX case_study_status_ix ON case_study (status, published_on, id);
CREATE INDEX case_study_organisation_ix ON case_study (organisation_id);

CREATE TABLE case_study_text (
    case_id   BIGINT        NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
    lang      VARCHAR(8)    NOT NULL,
    title     VARCHAR(300)  NOT NULL,
    situation VARCHAR(4000),
    question  VARCHAR(4000),
    actions   VARCHAR(4000),
    outcome   VARCHAR(4000),
    lessons   VARCHAR(4000),
    PRIMARY KEY (case_id, lang)
);

CREATE TABLE knowledge_measure (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    organisation_id BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    status          VARCHAR(12)    NOT NULL,
    submitted_on    DATE,
    published_on    DATE,
    folded_text     VARCHAR(20000) DEFAULT '' NOT NULL,
    region          VARCHAR(20)    NOT NULL,
    measure_status  VARCHAR(12)    NOT NULL,
    proposed_on     DATE           NOT NULL,
    discussed_on    DATE,
    decided_on      DATE,
    CONSTRAINT knowledge_measure_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    CONSTRAINT knowledge_measure_progress_ck CHECK (measure_status IN ('PROPOSED', 'DISCUSSED', 'ADOPTED', 'REJECTED')),
    CONSTRAINT knowledge_measure_decided_ck CHECK (measure_status NOT IN ('ADOPTED', 'REJECTED') OR decided_on IS NOT NULL)
);
CREATE INDEX knowledge_measure_status_ix ON knowledge_measure (status, proposed_on, id);
CREATE INDEX knowledge_measure_organisation_ix ON knowledge_measure (organisation_id);
CREATE INDEX knowledge_measure_region_ix ON knowledge_measure (region, measure_status);

CREATE TABLE knowledge_measure_text (
    measure_id  BIGINT        NOT NULL REFERENCES knowledge_measure (id) ON DELETE CASCADE,
    lang        VARCHAR(8)    NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(4000),
    addressee   VARCHAR(300),
    plan        VARCHAR(300),
    PRIMARY KEY (measure_id, lang)
);

-- what a measure comes from; a case or practice that is deleted leaves the measure
CREATE TABLE knowledge_measure_case (
    measure_id BIGINT NOT NULL REFERENCES knowledge_measure (id) ON DELETE CASCADE,
    case_id    BIGINT NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, case_id)
);
CREATE INDEX knowledge_measure_case_ix ON knowledge_measure_case (case_id);

CREATE TABLE knowledge_measure_practice (
    measure_id  BIGINT NOT NULL REFERENCES knowledge_measure (id) ON DELETE CASCADE,
    practice_id BIGINT NOT NULL REFERENCES knowledge_practice (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, practice_id)
);
CREATE INDEX knowledge_measure_practice_ix ON knowledge_measure_practice (practice_id);
