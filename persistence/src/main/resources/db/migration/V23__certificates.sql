-- Certificates of completed courses (issue 12, second slice) and the key that signs their credentials.
-- Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

-- one per enrolment, issued when the course is completed; learner_name is the account's display name when it was
-- issued, and NULL once the account is deleted (the certificate stays verifiable, "issued to a deleted account");
-- hours are the course's when it was issued, so a later change of the course does not change a certificate
CREATE TABLE certificate (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    code           VARCHAR(14)  NOT NULL,
    enrolment_id   BIGINT       NOT NULL REFERENCES enrolment (id),
    learner_name   VARCHAR(60),
    hours          INTEGER      NOT NULL,
    issued_on      DATE         NOT NULL,
    revoked_on     DATE,
    revoked_reason VARCHAR(500),
    revoked_by     VARCHAR(100),
    CONSTRAINT certificate_code_uk UNIQUE (code),
    CONSTRAINT certificate_enrolment_uk UNIQUE (enrolment_id),
    CONSTRAINT certificate_revoked_ck CHECK ((revoked_on IS NULL AND revoked_reason IS NULL)
        OR (revoked_on IS NOT NULL AND revoked_reason IS NOT NULL))
);
-- the back-office's list, newest first
CREATE INDEX certificate_issued_ix ON certificate (issued_on, id);

-- the private key (a JWK) that signs the certificates' credentials, made on first use; its public half is
-- published at /.well-known/jwks.json under its kid
CREATE TABLE signing_key (
    kid        VARCHAR(64)   NOT NULL PRIMARY KEY,
    purpose    VARCHAR(20)   NOT NULL,
    jwk        VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    CONSTRAINT signing_key_purpose_uk UNIQUE (purpose)
);
