-- API tokens of the network's members (issue 10, writes through the API) and the POSTs they made with an
-- Idempotency-Key. Only the SHA-256 of a token's secret is kept; "lookup" is its public part, which finds the row.
-- Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_idempotent_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name            VARCHAR(80)  NOT NULL,
    scope           VARCHAR(10)  NOT NULL,
    lookup          VARCHAR(12)  NOT NULL,
    secret_hash     VARCHAR(64)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    last_used_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    CONSTRAINT api_token_lookup_uk UNIQUE (lookup),
    CONSTRAINT api_token_scope_ck CHECK (scope IN ('READ', 'WRITE'))
);
CREATE INDEX api_token_organisation_ix ON api_token (organisation_id, created_at);

CREATE TABLE api_idempotent_request (
    id              BIGINT       NOT NULL PRIMARY KEY,
    token_id        BIGINT       NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INTEGER      NOT NULL,
    resource_type   VARCHAR(20)  NOT NULL,
    resource_id     BIGINT       NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT api_idempotent_request_uk UNIQUE (token_id, idempotency_key)
);
CREATE INDEX api_idempotent_request_created_ix ON api_idempotent_request (created_at);
