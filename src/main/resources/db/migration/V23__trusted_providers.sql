-- Trusted organisations (issue 15): an administrator may trust a provider (an adult-education
-- centre, the job centre, a welfare association). Its new offers and changes then go public at
-- once and staff check them afterwards, in a queue of their own; trust can be withdrawn.
-- trusted_since is NULL for a provider staff do not trust.
ALTER TABLE provider
    ADD COLUMN trusted_since TIMESTAMP(3) NULL;

-- An offer that went public without staff reading it first (a trusted provider's offer or change,
-- or an event from a trusted calendar), since when; NULL once staff have checked it.
ALTER TABLE offer
    ADD COLUMN unchecked_since TIMESTAMP(3) NULL;

CREATE INDEX ix_offer_unchecked ON offer (unchecked_since);
