-- An edit of a published offer is a revision: a second offer row pointing at the published one,
-- reviewed on its own; the published row stays visible, unchanged, until the revision is approved.
-- At most one open revision per offer.
ALTER TABLE offer
    ADD COLUMN revision_of        BIGINT,
    ADD COLUMN phone_public       BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN email_public       BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN rejection_code     VARCHAR(30),
    ADD COLUMN submitted_at       TIMESTAMP(3),
    -- The valid-until date for which the provider was last reminded, so that a reminder goes once.
    ADD COLUMN reminded_for       DATE,
    -- SHA-256 of the one-click "still valid" link in the reminder; cleared when used.
    ADD COLUMN still_valid_hash   CHAR(64),
    ADD CONSTRAINT fk_offer_revision FOREIGN KEY (revision_of) REFERENCES offer (id) ON DELETE CASCADE,
    ADD CONSTRAINT uq_offer_revision UNIQUE (revision_of),
    ADD CONSTRAINT ck_offer_rejection CHECK (rejection_code IS NULL OR rejection_code IN
        ('INCOMPLETE', 'UNCLEAR', 'NOT_FOR_NEWCOMERS', 'COMMERCIAL', 'DUPLICATE', 'WRONG_CATEGORY', 'OUTDATED', 'OTHER'));

CREATE INDEX ix_offer_provider ON offer (provider_id, review_state);
CREATE INDEX ix_offer_valid_until ON offer (review_state, valid_until);
