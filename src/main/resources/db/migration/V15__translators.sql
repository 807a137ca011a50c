-- Volunteer translators: an account of their own role, the languages they translate into, and for
-- each language whether staff trust them to approve other people's translations.
ALTER TABLE account DROP CONSTRAINT ck_account_role;
ALTER TABLE account ADD CONSTRAINT ck_account_role CHECK (role IN ('PROVIDER', 'TRANSLATOR', 'MODERATOR', 'ADMIN'));

CREATE TABLE translator_language (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    -- Set by staff (a pseudonym, as in the audit trail); NULL while the person is not trusted.
    trusted_at  TIMESTAMP(3),
    trusted_by  VARCHAR(24),
    CONSTRAINT uq_translator_language UNIQUE (account_id, language),
    CONSTRAINT fk_translator_language_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_translator_language_language ON translator_language (language);

-- A proposal translates a published offer or a live info page (title and body; no summary).
ALTER TABLE translation_proposal MODIFY offer_id BIGINT NULL;
ALTER TABLE translation_proposal MODIFY summary VARCHAR(300) NULL;
ALTER TABLE translation_proposal ADD COLUMN info_page_id BIGINT NULL AFTER offer_id;
ALTER TABLE translation_proposal ADD CONSTRAINT fk_translation_proposal_info_page
    FOREIGN KEY (info_page_id) REFERENCES info_page (id) ON DELETE CASCADE;
ALTER TABLE translation_proposal ADD CONSTRAINT ck_translation_proposal_subject
    CHECK ((offer_id IS NULL) <> (info_page_id IS NULL));
CREATE INDEX ix_translation_proposal_info_page ON translation_proposal (info_page_id, language, state);

-- Staff asking for a language: the texts go to the top of that language's queue until a
-- translation of them is approved (done_at) or staff withdraw the request.
CREATE TABLE translation_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    offer_id      BIGINT,
    info_page_id  BIGINT,
    language      VARCHAR(8)   NOT NULL,
    note          VARCHAR(300),
    requested_by  VARCHAR(24)  NOT NULL,
    requested_at  TIMESTAMP(3) NOT NULL,
    done_at       TIMESTAMP(3),
    CONSTRAINT fk_translation_request_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_translation_request_info_page FOREIGN KEY (info_page_id) REFERENCES info_page (id) ON DELETE CASCADE,
    CONSTRAINT ck_translation_request_subject CHECK ((offer_id IS NULL) <> (info_page_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_translation_request_open ON translation_request (language, done_at, requested_at);
