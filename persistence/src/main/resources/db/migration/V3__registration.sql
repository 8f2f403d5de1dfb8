-- Registration for events: target groups as data, the capacity of an event and its registrations.

-- NULL means unlimited.
ALTER TABLE event ADD COLUMN capacity INTEGER;
ALTER TABLE event ADD CONSTRAINT event_capacity_positive CHECK (capacity IS NULL OR capacity > 0);

-- The participant categories the projects report on; the code is stable, the names are per language.
CREATE TABLE target_group (
    code     VARCHAR(40) PRIMARY KEY,
    version  BIGINT      NOT NULL DEFAULT 0,
    position INTEGER     NOT NULL
);

CREATE TABLE target_group_name (
    target_group_code VARCHAR(40)  NOT NULL REFERENCES target_group (code),
    lang              VARCHAR(8)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    PRIMARY KEY (target_group_code, lang)
);

INSERT INTO target_group (code, position) VALUES
    ('LOCAL_AUTHORITY', 1), ('INSTITUTION', 2), ('TERRITORIAL_UNIT', 3), ('SOCIAL_PARTNER', 4),
    ('NGO', 5), ('IMMIGRANT_COMMUNITY', 6), ('MEDIA', 7), ('OTHER', 8);

INSERT INTO target_group_name (target_group_code, lang, name) VALUES
    ('LOCAL_AUTHORITY', 'bg', 'Местна власт'),
    ('LOCAL_AUTHORITY', 'en', 'Local authority'),
    ('INSTITUTION', 'bg', 'Институция'),
    ('INSTITUTION', 'en', 'Institution'),
    ('TERRITORIAL_UNIT', 'bg', 'Териториално звено на централната изпълнителна власт'),
    ('TERRITORIAL_UNIT', 'en', 'Territorial unit of the central executive'),
    ('SOCIAL_PARTNER', 'bg', 'Социален партньор'),
    ('SOCIAL_PARTNER', 'en', 'Social partner'),
    ('NGO', 'bg', 'Неправителствена организация'),
    ('NGO', 'en', 'Non-governmental organisation'),
    ('IMMIGRANT_COMMUNITY', 'bg', 'Имигрантска общност'),
    ('IMMIGRANT_COMMUNITY', 'en', 'Immigrant community'),
    ('MEDIA', 'bg', 'Медии'),
    ('MEDIA', 'en', 'Media'),
    ('OTHER', 'bg', 'Друго'),
    ('OTHER', 'en', 'Other');

CREATE SEQUENCE registration_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration (
    id                BIGINT       PRIMARY KEY,
    version           BIGINT       NOT NULL,
    event_id          BIGINT       NOT NULL REFERENCES event (id),
    full_name         VARCHAR(200) NOT NULL,
    organisation      VARCHAR(200),
    role_title        VARCHAR(200),
    target_group_code VARCHAR(40)  NOT NULL REFERENCES target_group (code),
    email             VARCHAR(254) NOT NULL,
    -- the e-mail while the registration is active, NULL once cancelled: a unique constraint over it is the
    -- "one active registration per e-mail and event" rule that H2, which has no partial indexes, can enforce too
    active_email      VARCHAR(254),
    phone             VARCHAR(40),
    lang              VARCHAR(8)   NOT NULL,
    consent_at        TIMESTAMP    NOT NULL,
    consent_version   VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    status_changed_at TIMESTAMP    NOT NULL,
    cancel_token      VARCHAR(64)  NOT NULL,
    CONSTRAINT registration_cancel_token UNIQUE (cancel_token),
    CONSTRAINT registration_one_active UNIQUE (event_id, active_email),
    CONSTRAINT registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    CONSTRAINT registration_active_email CHECK ((status = 'CANCELLED' AND active_email IS NULL)
        OR (status <> 'CANCELLED' AND active_email = email))
);

CREATE INDEX registration_event_status ON registration (event_id, status, created_at);
