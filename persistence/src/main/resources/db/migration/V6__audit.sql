-- Audit trail and personal data (GDPR).

-- Who changed what and when. Append-only: the application never updates or deletes a row. project_id is not a
-- foreign key, so that the history of a deleted project stays. Field changes are a JSON array (no personal data).
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT         PRIMARY KEY,
    occurred_at TIMESTAMP      NOT NULL,
    username    VARCHAR(100)   NOT NULL,
    entity_type VARCHAR(20)    NOT NULL,
    entity_id   BIGINT         NOT NULL,
    action      VARCHAR(20)    NOT NULL,
    project_id  BIGINT,
    changes     VARCHAR(20000) NOT NULL
);

CREATE INDEX audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX audit_entry_project ON audit_entry (project_id, occurred_at);
CREATE INDEX audit_entry_user ON audit_entry (username, occurred_at);

-- Erasure anonymises a registration in place, so that counts stay right; erased_at marks it (and makes the
-- retention job idempotent). An erased registration holds no e-mail, so it holds no active e-mail either.
ALTER TABLE registration ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE registration DROP CONSTRAINT registration_active_email;
ALTER TABLE registration ADD CONSTRAINT registration_active_email CHECK (
    (status = 'CANCELLED' AND active_email IS NULL)
    OR (erased_at IS NOT NULL AND active_email IS NULL)
    OR (status <> 'CANCELLED' AND erased_at IS NULL AND active_email = email));

-- A participant is found by e-mail across all events.
CREATE INDEX registration_email ON registration (email);
