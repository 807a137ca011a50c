-- Events: an offer with dates. The rule an editor entered is kept on the offer (so it can be shown
-- and edited again); the dates it expands to are stored one row each (so that one date can be
-- cancelled or moved, and "what is on between two days" is an indexed range query).

-- The rule. NULL kind: the offer is not an event. LIST: irregular dates, the rows below are the rule.
-- Weekday is ISO (1 = Monday … 7 = Sunday); week of month 1…5 or -1 for "last".
ALTER TABLE offer
    ADD COLUMN event_rule_kind          VARCHAR(10),
    ADD COLUMN event_rule_weekday       INT,
    ADD COLUMN event_rule_week_of_month INT,
    ADD COLUMN event_rule_day_of_month  INT,
    ADD COLUMN event_rule_from          DATE,
    ADD COLUMN event_rule_until         DATE,
    ADD COLUMN event_rule_start         TIME,
    ADD COLUMN event_rule_end           TIME;

ALTER TABLE offer
    ADD CONSTRAINT ck_offer_event_rule_kind
        CHECK (event_rule_kind IS NULL OR event_rule_kind IN ('SINGLE', 'WEEKLY', 'MONTHLY', 'LIST')),
    ADD CONSTRAINT ck_offer_event_rule_weekday
        CHECK (event_rule_weekday IS NULL OR event_rule_weekday BETWEEN 1 AND 7),
    ADD CONSTRAINT ck_offer_event_rule_week
        CHECK (event_rule_week_of_month IS NULL OR event_rule_week_of_month IN (-1, 1, 2, 3, 4, 5)),
    ADD CONSTRAINT ck_offer_event_rule_day
        CHECK (event_rule_day_of_month IS NULL OR event_rule_day_of_month BETWEEN 1 AND 31),
    ADD CONSTRAINT ck_offer_event_rule_shape CHECK (
        event_rule_kind IS NULL
        OR (event_rule_kind = 'LIST' AND event_rule_start IS NULL AND event_rule_from IS NULL)
        OR (event_rule_kind = 'SINGLE' AND event_rule_from IS NOT NULL AND event_rule_start IS NOT NULL)
        OR (event_rule_kind = 'WEEKLY' AND event_rule_weekday IS NOT NULL AND event_rule_from IS NOT NULL
            AND event_rule_start IS NOT NULL)
        OR (event_rule_kind = 'MONTHLY' AND event_rule_from IS NOT NULL AND event_rule_start IS NOT NULL
            AND ((event_rule_week_of_month IS NOT NULL AND event_rule_weekday IS NOT NULL
                  AND event_rule_day_of_month IS NULL)
              OR (event_rule_day_of_month IS NOT NULL AND event_rule_week_of_month IS NULL)))),
    ADD CONSTRAINT ck_offer_event_rule_until
        CHECK (event_rule_until IS NULL OR event_rule_until >= event_rule_from),
    ADD CONSTRAINT ck_offer_event_rule_time
        CHECK (event_rule_end IS NULL OR event_rule_end > event_rule_start);

-- The concrete dates, in wall-clock time of the county (Europe/Berlin). A place given here
-- replaces the offer's place for this date only.
CREATE TABLE offer_event_date (
    offer_id        BIGINT       NOT NULL,
    event_date      DATE         NOT NULL,
    start_time      TIME         NOT NULL,
    end_time        TIME,
    municipality_id BIGINT,
    street          VARCHAR(160),
    place_name      VARCHAR(120),
    cancelled       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (offer_id, event_date, start_time),
    CONSTRAINT fk_offer_event_date_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_event_date_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_offer_event_date_time CHECK (end_time IS NULL OR end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Published events between two days": the range on the date first, then to the offer.
CREATE INDEX ix_offer_event_date_day ON offer_event_date (event_date, start_time, offer_id);
