-- Staff accounts: a second factor (TOTP, RFC 6238) and the last sign-in.
ALTER TABLE account
    -- Base32 secret shared with the authenticator app; NULL until the person has set it up.
    ADD COLUMN totp_secret      VARCHAR(64),
    ADD COLUMN totp_enabled_at  TIMESTAMP(3),
    -- The last 30-second time step whose code was used: a code works once.
    ADD COLUMN totp_last_step   BIGINT,
    ADD COLUMN last_sign_in_at  TIMESTAMP(3);

-- The first administrator's set-up link may exist before any account does.
ALTER TABLE account_token MODIFY account_id BIGINT NULL;
ALTER TABLE account_token DROP CONSTRAINT ck_account_token_purpose;
ALTER TABLE account_token ADD CONSTRAINT ck_account_token_purpose
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'FIRST_ADMIN', 'STAFF_INVITE'));
ALTER TABLE account_token ADD CONSTRAINT ck_account_token_owner
    CHECK (account_id IS NOT NULL OR purpose = 'FIRST_ADMIN');
