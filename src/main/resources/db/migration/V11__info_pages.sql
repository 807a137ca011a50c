-- The county's info pages. Staff edit the working texts (info_page_text); approving copies them to
-- the published texts (info_page_published_text), the only ones newcomers read, and only while the
-- page is live. A translation keeps the SHA-256 of the German title and body it was made from
-- (source_hash), so that it shows as outdated once the German changes; German itself has none.
CREATE TABLE info_page (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    slug           VARCHAR(80)  NOT NULL,
    building_block VARCHAR(20),
    sort_order     INT          NOT NULL DEFAULT 0,
    review_state   VARCHAR(20)  NOT NULL,
    live           BOOLEAN      NOT NULL DEFAULT FALSE,
    -- A staff pseudonym, as in the audit trail: who last changed the texts (four eyes).
    last_edited_by VARCHAR(24)  NOT NULL,
    updated_at     TIMESTAMP(3) NOT NULL,
    published_at   TIMESTAMP(3),
    CONSTRAINT uq_info_page_slug UNIQUE (slug),
    CONSTRAINT ck_info_page_state CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_info_page_block CHECK (building_block IS NULL
        OR building_block IN ('WELCOME', 'EDUCATION', 'WORK', 'PARTICIPATION')),
    CONSTRAINT ck_info_page_live CHECK (NOT live OR published_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_info_page_public ON info_page (live, building_block, sort_order);

CREATE TABLE info_page_text (
    page_id     BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    title       VARCHAR(160) NOT NULL,
    body        TEXT         NOT NULL,
    source_hash VARCHAR(64),
    PRIMARY KEY (page_id, language),
    CONSTRAINT fk_info_page_text_page FOREIGN KEY (page_id) REFERENCES info_page (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE info_page_published_text (
    page_id     BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    title       VARCHAR(160) NOT NULL,
    body        TEXT         NOT NULL,
    source_hash VARCHAR(64),
    PRIMARY KEY (page_id, language),
    CONSTRAINT fk_info_page_published_text_page FOREIGN KEY (page_id) REFERENCES info_page (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
