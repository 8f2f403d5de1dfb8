-- Online training (issue 12), first slice: courses of modules of lessons with texts per language, enrolments of
-- portal accounts and the lessons each has viewed. Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;

-- key_hash: SHA-256 (hex) of the enrolment key of a course joined by key, never the key itself
CREATE TABLE course (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    slug            VARCHAR(80) NOT NULL,
    audience        VARCHAR(20) NOT NULL,
    topic           VARCHAR(20) NOT NULL,
    hours           INTEGER     NOT NULL,
    status          VARCHAR(10) NOT NULL,
    enrolment       VARCHAR(10) NOT NULL,
    key_hash        VARCHAR(64),
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    project_id      BIGINT      REFERENCES project (id),
    CONSTRAINT course_slug_uk UNIQUE (slug),
    CONSTRAINT course_audience_ck CHECK (audience IN ('IMMIGRANTS', 'PROFESSIONALS')),
    CONSTRAINT course_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT course_enrolment_ck CHECK ((enrolment = 'OPEN' AND key_hash IS NULL)
        OR (enrolment = 'KEY' AND key_hash IS NOT NULL)),
    CONSTRAINT course_hours_ck CHECK (hours BETWEEN 1 AND 1000)
);
-- the catalogue: published courses by audience and topic, in the order of their addresses
CREATE INDEX course_catalogue_ix ON course (status, audience, topic, slug);
CREATE INDEX course_organisation_ix ON course (organisation_id);
CREATE INDEX course_project_ix ON course (project_id);

-- the primary key (course_id, lang) also answers the catalogue's language filter
CREATE TABLE course_text (
    course_id        BIGINT        NOT NULL REFERENCES course (id),
    lang             VARCHAR(8)    NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(2000),
    certificate_text VARCHAR(1000),
    PRIMARY KEY (course_id, lang)
);
CREATE INDEX course_text_lang_ix ON course_text (lang, course_id);

CREATE SEQUENCE course_module_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course_module (
    id        BIGINT  NOT NULL PRIMARY KEY,
    version   BIGINT  NOT NULL,
    course_id BIGINT  NOT NULL REFERENCES course (id),
    position  INTEGER NOT NULL
);
CREATE INDEX course_module_course_ix ON course_module (course_id, position);

CREATE TABLE course_module_title (
    module_id BIGINT       NOT NULL REFERENCES course_module (id),
    lang      VARCHAR(8)   NOT NULL,
    title     VARCHAR(200) NOT NULL,
    PRIMARY KEY (module_id, lang)
);

CREATE SEQUENCE lesson_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE lesson (
    id          BIGINT  NOT NULL PRIMARY KEY,
    version     BIGINT  NOT NULL,
    module_id   BIGINT  NOT NULL REFERENCES course_module (id),
    position    INTEGER NOT NULL,
    media_id    BIGINT  REFERENCES stored_file (id),
    handbook_id BIGINT  REFERENCES resource (id)
);
CREATE INDEX lesson_module_ix ON lesson (module_id, position);

CREATE TABLE lesson_text (
    lesson_id BIGINT         NOT NULL REFERENCES lesson (id),
    lang      VARCHAR(8)     NOT NULL,
    title     VARCHAR(200)   NOT NULL,
    body      VARCHAR(100000),
    PRIMARY KEY (lesson_id, lang)
);

CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enrolment (
    id           BIGINT    NOT NULL PRIMARY KEY,
    version      BIGINT    NOT NULL,
    course_id    BIGINT    NOT NULL REFERENCES course (id),
    account_id   BIGINT    NOT NULL REFERENCES portal_account (id),
    enrolled_at  TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    CONSTRAINT enrolment_uk UNIQUE (course_id, account_id)
);
-- a learner's courses
CREATE INDEX enrolment_account_ix ON enrolment (account_id, enrolled_at);

CREATE SEQUENCE lesson_view_seq START WITH 50 INCREMENT BY 50;

-- the unique key (enrolment_id, lesson_id) is also the learner's progress: the lessons one enrolment has viewed
CREATE TABLE lesson_view (
    id              BIGINT    NOT NULL PRIMARY KEY,
    enrolment_id    BIGINT    NOT NULL REFERENCES enrolment (id),
    lesson_id       BIGINT    NOT NULL REFERENCES lesson (id),
    first_viewed_at TIMESTAMP NOT NULL,
    CONSTRAINT lesson_view_uk UNIQUE (enrolment_id, lesson_id)
);
CREATE INDEX lesson_view_lesson_ix ON lesson_view (lesson_id);
