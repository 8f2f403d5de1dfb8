-- Organisations, projects, indicators, accounts and legacy addresses.
-- Portable between H2 2.x and PostgreSQL: sequences (not IDENTITY), varchar, no vendor types.
-- Sequences start at 50 and step by 50 to match EclipseLink's preallocation (allocationSize = 50).

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE indicator_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE legacy_address_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    region   VARCHAR(20)  NOT NULL,
    street   VARCHAR(200),
    city     VARCHAR(100),
    postcode VARCHAR(10),
    email    VARCHAR(200),
    phone    VARCHAR(40),
    website  VARCHAR(300)
);

CREATE TABLE organisation_name (
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    lang            VARCHAR(8)   NOT NULL,
    name            VARCHAR(300) NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);

CREATE TABLE project (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    contract_number VARCHAR(40)   NOT NULL,
    funding_scheme  VARCHAR(40)   NOT NULL,
    fund            VARCHAR(10)   NOT NULL,
    beneficiary_id  BIGINT        NOT NULL REFERENCES organisation (id),
    start_date      DATE,
    end_date        DATE,
    region          VARCHAR(20)   NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    search_text     VARCHAR(10000) NOT NULL,
    CONSTRAINT project_contract_number_uk UNIQUE (contract_number),
    CONSTRAINT project_period_ck CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX project_beneficiary_ix ON project (beneficiary_id);
CREATE INDEX project_region_status_ix ON project (region, status);

CREATE TABLE project_text (
    project_id BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    lang       VARCHAR(8)    NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    summary    VARCHAR(4000),
    PRIMARY KEY (project_id, lang)
);

CREATE TABLE indicator (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    project_id     BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    unit           VARCHAR(16) NOT NULL,
    target_value   INTEGER     NOT NULL CHECK (target_value >= 0),
    achieved_value INTEGER     NOT NULL CHECK (achieved_value >= 0),
    position       INTEGER     NOT NULL
);
CREATE INDEX indicator_project_ix ON indicator (project_id);

CREATE TABLE indicator_name (
    indicator_id BIGINT       NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    lang         VARCHAR(8)   NOT NULL,
    name         VARCHAR(300) NOT NULL,
    PRIMARY KEY (indicator_id, lang)
);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT       REFERENCES organisation (id),
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE TABLE legacy_address (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    parameter   VARCHAR(40)  NOT NULL,
    key_value   VARCHAR(100) NOT NULL,
    target_path VARCHAR(500) NOT NULL,
    CONSTRAINT legacy_address_key_uk UNIQUE (parameter, key_value)
);
