-- Providers own offers. Contact data of a provider is published only where the provider chose so;
-- the offer carries the contact channels it publishes.
CREATE TABLE provider (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(160) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT ck_provider_kind CHECK (kind IN ('VOLUNTEER', 'CLUB', 'RELIGIOUS_COMMUNITY', 'WELFARE_ORGANISATION',
                                                'ADULT_EDUCATION_CENTRE', 'JOB_CENTRE', 'PUBLIC_AUTHORITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    category_id           BIGINT       NOT NULL,
    provider_id           BIGINT       NOT NULL,
    municipality_id       BIGINT,
    online                BOOLEAN      NOT NULL DEFAULT FALSE,
    street                VARCHAR(160),
    postal_code           VARCHAR(5),
    place_name            VARCHAR(120),
    latitude              DECIMAL(9, 6),
    longitude             DECIMAL(9, 6),
    phone                 VARCHAR(40),
    email                 VARCHAR(254),
    website               VARCHAR(500),
    cost                  VARCHAR(20)  NOT NULL,
    registration_required BOOLEAN      NOT NULL DEFAULT FALSE,
    childcare             BOOLEAN      NOT NULL DEFAULT FALSE,
    wheelchair_accessible BOOLEAN      NOT NULL DEFAULT FALSE,
    appointment_only      BOOLEAN      NOT NULL DEFAULT FALSE,
    course_level          VARCHAR(2),
    next_start            DATE,
    valid_until           DATE,
    original_language     VARCHAR(8)   NOT NULL,
    review_state          VARCHAR(20)  NOT NULL,
    rejection_reason      VARCHAR(1000),
    created_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_at          TIMESTAMP(3),
    CONSTRAINT fk_offer_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_offer_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_offer_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_offer_cost CHECK (cost IN ('FREE', 'LOW_COST', 'PAID')),
    CONSTRAINT ck_offer_level CHECK (course_level IS NULL OR course_level IN ('A1', 'A2', 'B1', 'B2', 'C1')),
    CONSTRAINT ck_offer_state CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED', 'EXPIRED')),
    CONSTRAINT ck_offer_place CHECK (online OR municipality_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public list filters on these; the state comes first because every newcomer query has it.
CREATE INDEX ix_offer_public ON offer (review_state, category_id, municipality_id);

-- An offer's texts, one row per language. The original language is the source; a translation is
-- OUTDATED when the source changed after it was written.
CREATE TABLE offer_text (
    offer_id    BIGINT        NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    title       VARCHAR(160)  NOT NULL,
    summary     VARCHAR(300)  NOT NULL,
    description TEXT          NOT NULL,
    status      VARCHAR(10)   NOT NULL DEFAULT 'CURRENT',
    PRIMARY KEY (offer_id, language),
    CONSTRAINT fk_offer_text_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_text_status CHECK (status IN ('CURRENT', 'OUTDATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_text_language ON offer_text (language, offer_id);

-- Languages spoken at the offer (ISO codes as in translations/, plus any other the provider names).
CREATE TABLE offer_language (
    offer_id BIGINT     NOT NULL,
    language VARCHAR(8) NOT NULL,
    PRIMARY KEY (offer_id, language),
    CONSTRAINT fk_offer_language_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_language_language ON offer_language (language, offer_id);

CREATE TABLE offer_target_group (
    offer_id     BIGINT      NOT NULL,
    target_group VARCHAR(20) NOT NULL,
    PRIMARY KEY (offer_id, target_group),
    CONSTRAINT fk_offer_target_group_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_target_group CHECK (target_group IN ('EVERYONE', 'WOMEN', 'FAMILIES', 'CHILDREN', 'YOUTH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Weekly consultation hours. ISO day of week: 1 = Monday … 7 = Sunday.
CREATE TABLE offer_weekly_slot (
    offer_id    BIGINT  NOT NULL,
    day_of_week INT     NOT NULL,
    start_time  TIME    NOT NULL,
    end_time    TIME    NOT NULL,
    PRIMARY KEY (offer_id, day_of_week, start_time),
    CONSTRAINT fk_offer_weekly_slot_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_weekly_slot_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_offer_weekly_slot_time CHECK (start_time < end_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
