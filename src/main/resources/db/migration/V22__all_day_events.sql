-- All-day events (decision 043): a Stadtfest, a Flohmarkt, a three-day Kirmes have a day, not a
-- start time. An all-day date keeps midnight as its start_time, so the key (offer, day, start) and
-- the index by day and time stay as they are, and is marked all_day; it has no end time.
ALTER TABLE offer_event_date
    ADD COLUMN all_day BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_offer_event_date_all_day
        CHECK (NOT all_day OR (start_time = '00:00:00' AND end_time IS NULL));

-- The rule as entered: all day or not. NULL exactly when the offer is not an event, because the
-- rule's columns are one embedded value that is absent when all of them are NULL. A list keeps
-- FALSE here: each of its dates says for itself whether it is all day.
ALTER TABLE offer
    ADD COLUMN event_rule_all_day BOOLEAN;

UPDATE offer SET event_rule_all_day = FALSE WHERE event_rule_kind IS NOT NULL;

ALTER TABLE offer
    ADD CONSTRAINT ck_offer_event_rule_all_day CHECK (
        (event_rule_kind IS NULL AND event_rule_all_day IS NULL)
        OR (event_rule_kind IS NOT NULL AND event_rule_all_day IS NOT NULL
            AND (NOT event_rule_all_day OR (event_rule_kind <> 'LIST' AND event_rule_start = '00:00:00'
                                            AND event_rule_end IS NULL))));
