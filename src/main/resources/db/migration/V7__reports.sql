-- What newcomers tell the county, anonymously: a report on an offer ("wrong or outdated",
-- "something is not OK"), and a search that found nothing. Neither stores an address, a cookie,
-- an account or any other identifier; a search that found nothing keeps only its day.
CREATE TABLE offer_report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    offer_id        BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    message         VARCHAR(500),
    -- The language the newcomer used the app in, so staff know in which language the text is.
    language        VARCHAR(8)   NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    resolved_at     TIMESTAMP(3),
    -- A staff pseudonym, as in the audit trail.
    resolved_by     VARCHAR(24),
    resolution_note VARCHAR(1000),
    CONSTRAINT fk_offer_report_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_report_kind CHECK (kind IN ('WRONG_OR_OUTDATED', 'NOT_OK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_report_open ON offer_report (resolved_at, offer_id);

CREATE TABLE found_nothing (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    searched_on     DATE         NOT NULL,
    query           VARCHAR(200),
    building_block  VARCHAR(20),
    municipality_id BIGINT,
    language        VARCHAR(8)   NOT NULL,
    CONSTRAINT fk_found_nothing_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_found_nothing_block CHECK (building_block IS NULL
        OR building_block IN ('WELCOME', 'EDUCATION', 'WORK', 'PARTICIPATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_found_nothing_group ON found_nothing (building_block, municipality_id, language);
