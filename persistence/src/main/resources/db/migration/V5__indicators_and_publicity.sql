-- Indicators counted from records, and printed/publicity materials with their evidence and distribution log.
-- Portable between H2 2.x and PostgreSQL.

-- ENTERED: achieved_value is what staff entered. COUNTED: the measure (and its parameter: an event kind, a target
-- group code or a material kind) is counted at read time; achieved_value stays 0 and is not shown.
ALTER TABLE indicator ADD COLUMN source VARCHAR(10) DEFAULT 'ENTERED' NOT NULL;
ALTER TABLE indicator ADD COLUMN measure VARCHAR(30);
ALTER TABLE indicator ADD COLUMN measure_parameter VARCHAR(40);
ALTER TABLE indicator ADD CONSTRAINT indicator_source CHECK (
    (source = 'ENTERED' AND measure IS NULL AND measure_parameter IS NULL)
    OR (source = 'COUNTED' AND measure IN ('EVENTS_HELD', 'PARTICIPANTS', 'PARTICIPANTS_IN_TARGET_GROUP', 'COPIES_PRINTED')));

CREATE SEQUENCE publicity_material_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE publicity_material (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    project_id  BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind        VARCHAR(30)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    quantity    INTEGER      NOT NULL CHECK (quantity >= 0),
    made_on     DATE,
    supplier    VARCHAR(200),
    resource_id BIGINT       REFERENCES resource (id) ON DELETE SET NULL
);
CREATE INDEX publicity_material_project_ix ON publicity_material (project_id, kind);

CREATE TABLE publicity_material_evidence (
    material_id BIGINT  NOT NULL REFERENCES publicity_material (id) ON DELETE CASCADE,
    file_id     BIGINT  NOT NULL REFERENCES stored_file (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (material_id, position)
);

CREATE TABLE publicity_distribution (
    material_id BIGINT       NOT NULL REFERENCES publicity_material (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    handed_on   DATE         NOT NULL,
    recipient   VARCHAR(300) NOT NULL,
    copies      INTEGER      NOT NULL CHECK (copies > 0),
    PRIMARY KEY (material_id, position)
);

