-- The network's directory (issue 10), after Open Referral's HSDS 3.0: member organisations with an address of
-- their own and a description, their services and locations, the services offered at each location, opening
-- hours in Sofia's time (minutes since midnight) and the languages spoken. Portable between H2 2.x and PostgreSQL.

-- an organisation with a slug is a member of the network, with its page at /network/{slug}
ALTER TABLE organisation ADD COLUMN slug VARCHAR(80);
ALTER TABLE organisation ADD CONSTRAINT organisation_slug_uk UNIQUE (slug);
-- a member's names and descriptions in Folding's form, for the site search (filled by the entity; no member before)
ALTER TABLE organisation ADD COLUMN folded_text VARCHAR(10000) DEFAULT '' NOT NULL;

CREATE TABLE organisation_description (
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    lang            VARCHAR(8)    NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);

CREATE SEQUENCE network_location_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE network_service_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_at_location_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE network_location (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    street          VARCHAR(200),
    city            VARCHAR(100),
    postcode        VARCHAR(10),
    region          VARCHAR(20)  NOT NULL,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    phone           VARCHAR(40),
    email           VARCHAR(200),
    verified_on     DATE,
    verified_by     VARCHAR(200),
    CONSTRAINT network_location_position_ck CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT network_location_latitude_ck CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT network_location_longitude_ck CHECK (longitude BETWEEN -180 AND 180)
);
CREATE INDEX network_location_organisation_ix ON network_location (organisation_id);
CREATE INDEX network_location_region_ix ON network_location (region, id);
CREATE INDEX network_location_city_ix ON network_location (city);

CREATE TABLE network_location_text (
    location_id    BIGINT        NOT NULL REFERENCES network_location (id) ON DELETE CASCADE,
    lang           VARCHAR(8)    NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    description    VARCHAR(2000),
    transportation VARCHAR(1000),
    accessibility  VARCHAR(1000),
    PRIMARY KEY (location_id, lang)
);

CREATE TABLE network_location_language (
    location_id BIGINT     NOT NULL REFERENCES network_location (id) ON DELETE CASCADE,
    code        VARCHAR(8) NOT NULL,
    PRIMARY KEY (location_id, code)
);
CREATE INDEX network_location_language_code_ix ON network_location_language (code, location_id);

CREATE TABLE network_opening_hours (
    location_id BIGINT   NOT NULL REFERENCES network_location (id) ON DELETE CASCADE,
    weekday       SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_minute  SMALLINT NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute SMALLINT NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    CONSTRAINT network_opening_hours_order_ck CHECK (closes_minute > opens_minute)
);
CREATE INDEX network_opening_hours_location_ix ON network_opening_hours (location_id, weekday);

CREATE TABLE network_service (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    kind            VARCHAR(30)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    free_of_charge  BOOLEAN      NOT NULL,
    url             VARCHAR(300),
    email           VARCHAR(200),
    phone           VARCHAR(40),
    verified_on     DATE,
    verified_by     VARCHAR(200)
);
CREATE INDEX network_service_organisation_ix ON network_service (organisation_id);
CREATE INDEX network_service_kind_ix ON network_service (kind, status);

CREATE TABLE network_service_text (
    service_id  BIGINT        NOT NULL REFERENCES network_service (id) ON DELETE CASCADE,
    lang        VARCHAR(8)    NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    description VARCHAR(4000),
    eligibility VARCHAR(1000),
    fees        VARCHAR(500),
    PRIMARY KEY (service_id, lang)
);

CREATE TABLE network_service_language (
    service_id BIGINT     NOT NULL REFERENCES network_service (id) ON DELETE CASCADE,
    code       VARCHAR(8) NOT NULL,
    PRIMARY KEY (service_id, code)
);
CREATE INDEX network_service_language_code_ix ON network_service_language (code, service_id);

CREATE TABLE service_at_location (
    id          BIGINT NOT NULL PRIMARY KEY,
    service_id  BIGINT NOT NULL REFERENCES network_service (id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES network_location (id) ON DELETE CASCADE,
    CONSTRAINT service_at_location_uk UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_location_location_ix ON service_at_location (location_id, service_id);
