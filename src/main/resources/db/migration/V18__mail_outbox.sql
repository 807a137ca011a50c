-- Mail goes through this table (issue 13; decision 028): a mail is written here in the
-- transaction of what it reports (a registration and its verification mail commit or roll back
-- together) and sent after the commit; a failing mail server delays mail, loses none. Subject and
-- body are rendered when the mail is written, in the recipient's language. A sent mail's body
-- (one-time links) is emptied at once and the row deleted after a few days; a failed one stays for
-- staff (/staff/mail) and is deleted after 30 days.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(320) NOT NULL,
    reply_to        VARCHAR(320),
    -- The recipient's language code (Content-Language is derived from it) and the mail's
    -- translation key, e.g. mail.verify: what kind of mail it is, for staff and the audit trail.
    language        VARCHAR(16)  NOT NULL,
    kind            VARCHAR(60)  NOT NULL,
    subject         TEXT         NOT NULL,
    body            MEDIUMTEXT,
    state           VARCHAR(8)   NOT NULL DEFAULT 'WAITING',
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    -- A failure at or after this time is the last: the mail is FAILED.
    give_up_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    -- Short and technical (exception type, server's answer without addresses); no personal data.
    last_error      VARCHAR(200),
    sent_at         TIMESTAMP(3),
    failed_at       TIMESTAMP(3),
    -- Who is sending it now, until when: an instance takes a mail with a conditional UPDATE, so two
    -- instances never send one mail both; a claim whose instance died expires.
    claimed_by      CHAR(36),
    claimed_until   TIMESTAMP(3),
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('WAITING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Due mail (state WAITING, oldest due first) and the counts per state.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
