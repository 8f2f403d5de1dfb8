-- The publicity compliance checklist: one row per project and rule of the scheme (the rules are the enum
-- ComplianceItem). A rule without a row is MISSING, so a new project starts with every item missing.
-- Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE compliance_check_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE compliance_check (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    project_id BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    item       VARCHAR(40)   NOT NULL,
    status     VARCHAR(20)   NOT NULL CHECK (status IN ('MET', 'MISSING', 'NOT_APPLICABLE')),
    note       VARCHAR(1000),
    changed_by VARCHAR(100)  NOT NULL,
    changed_at TIMESTAMP     NOT NULL,
    CONSTRAINT compliance_check_item UNIQUE (project_id, item)
);

CREATE TABLE compliance_check_file (
    check_id BIGINT  NOT NULL REFERENCES compliance_check (id) ON DELETE CASCADE,
    file_id  BIGINT  NOT NULL REFERENCES stored_file (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (check_id, position)
);

CREATE TABLE compliance_check_material (
    check_id    BIGINT NOT NULL REFERENCES compliance_check (id) ON DELETE CASCADE,
    material_id BIGINT NOT NULL REFERENCES publicity_material (id) ON DELETE CASCADE,
    PRIMARY KEY (check_id, material_id)
);
