-- The one mail outbox (issue 11, and issue 14's "mail server down"): every e-mail the application sends is first
-- stored here, in the transaction of what it reports, then sent and marked by bg.integra.mail.MailSender; a mail
-- that could not be sent waits for its next attempt. Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_mail (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(500)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    kind            VARCHAR(40)    NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    attempts        INTEGER        DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    claimed_until   TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500),
    status          VARCHAR(10)    NOT NULL,
    CONSTRAINT outbox_mail_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
-- the retry timer's question: which pending mails are due
CREATE INDEX outbox_mail_due_ix ON outbox_mail (status, next_attempt_at);
-- an erasure of personal data removes a person's mails by address
CREATE INDEX outbox_mail_recipient_ix ON outbox_mail (recipient);
