-- Calendar import (issue 14; decision 040): calendars an administrator imports (a municipality's
-- events calendar, by URL read every night or by uploaded file), the events they became, and the
-- rules that map an event to a category or a municipality.
CREATE TABLE calendar_source (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    -- Read every night when set; otherwise files are uploaded by hand.
    url             VARCHAR(1000),
    -- Whose offers the events become, and what they get when no rule says otherwise.
    provider_id     BIGINT       NOT NULL,
    category_id     BIGINT       NOT NULL,
    municipality_id BIGINT       NOT NULL,
    cost            VARCHAR(20)  NOT NULL,
    -- A trusted source's events go public without review.
    trusted         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(3) NOT NULL,
    imported_at     TIMESTAMP(3),
    -- What the last import did, as the staff page shows it (counts and titles not imported).
    last_report     TEXT,
    CONSTRAINT fk_calendar_source_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_calendar_source_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_calendar_source_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_calendar_source_cost CHECK (cost IN ('FREE', 'LOW_COST', 'PAID'))
);

-- One event of a source (by its UID) and the offer it became; a re-import updates that offer.
CREATE TABLE calendar_import_item (
    source_id   BIGINT       NOT NULL,
    uid         VARCHAR(255) NOT NULL,
    offer_id    BIGINT       NOT NULL,
    -- SHA-256 of what the offer was made of, so an unchanged event is left alone.
    fingerprint CHAR(64)     NOT NULL,
    -- Gone from the source: its coming dates were cancelled.
    removed     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (source_id, uid),
    CONSTRAINT fk_calendar_item_source FOREIGN KEY (source_id) REFERENCES calendar_source (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_item_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
);

-- "An event whose text says 'Sprachcafé' is a language café"; "at 'Bürgerhaus Auenthal' is in Auenthal".
CREATE TABLE calendar_rule (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(20)  NOT NULL,
    keyword    VARCHAR(100) NOT NULL,
    target_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT ck_calendar_rule_kind CHECK (kind IN ('CATEGORY', 'MUNICIPALITY'))
);
