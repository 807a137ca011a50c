-- Translations made outside the offer editor (an agency's XLIFF file; later volunteer translators):
-- each waits here until staff approve it, and only then is written into the published offer.
CREATE TABLE translation_proposal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    offer_id     BIGINT       NOT NULL,
    language     VARCHAR(8)   NOT NULL,
    title        VARCHAR(160) NOT NULL,
    summary      VARCHAR(300) NOT NULL,
    description  TEXT         NOT NULL,
    -- A fingerprint of the German it was made from: refused once the German has changed.
    source_hash  VARCHAR(64)  NOT NULL,
    origin       VARCHAR(12)  NOT NULL,
    -- A staff pseudonym, as in the audit trail.
    proposed_by  VARCHAR(24)  NOT NULL,
    proposed_at  TIMESTAMP(3) NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    decided_by   VARCHAR(24),
    decided_at   TIMESTAMP(3),
    note         VARCHAR(500),
    CONSTRAINT fk_translation_proposal_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_translation_proposal_state CHECK (state IN ('OPEN', 'APPROVED', 'REFUSED')),
    CONSTRAINT ck_translation_proposal_origin CHECK (origin IN ('XLIFF', 'TRANSLATOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_translation_proposal_open ON translation_proposal (state, proposed_at);
CREATE INDEX ix_translation_proposal_offer ON translation_proposal (offer_id, language, state);
