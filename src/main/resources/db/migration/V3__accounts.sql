-- Volunteers' and organisations' accounts. Newcomers never have one.
ALTER TABLE provider
    ADD COLUMN contact_person  VARCHAR(120),
    ADD COLUMN municipality_id BIGINT,
    ADD CONSTRAINT fk_provider_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id);

CREATE TABLE account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    provider_id       BIGINT,
    language          VARCHAR(8)   NOT NULL,
    -- What the audit trail names instead of the person: it outlives the account.
    pseudonym         VARCHAR(24)  NOT NULL,
    email_verified_at TIMESTAMP(3),
    -- Raised to end every session of the account at once (logout everywhere, password reset).
    session_epoch     INT          NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT uq_account_pseudonym UNIQUE (pseudonym),
    CONSTRAINT fk_account_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_account_role CHECK (role IN ('PROVIDER', 'MODERATOR', 'ADMIN')),
    CONSTRAINT ck_account_provider CHECK (role <> 'PROVIDER' OR provider_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Links sent by mail. Only a SHA-256 of the token is stored; a used token is deleted.
CREATE TABLE account_token (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

-- Append-only: who (a pseudonym, never a name or address) did what to which object, and when.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor        VARCHAR(24)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(20)   NOT NULL,
    subject_id   BIGINT,
    detail       VARCHAR(2000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id, at);
