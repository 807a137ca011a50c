-- "Checked on …" (issue 14; HSDS assured_date): the day the offer was last confirmed as still current,
-- by staff publishing it or marking it checked, or by its provider's one-click "still valid" link.
-- Offers not confirmed for a county-set time are flagged to staff and the provider is asked
-- (confirm_asked_on); after a grace period they leave the public list (expired, kept).
ALTER TABLE offer
    ADD COLUMN confirmed_on     DATE,
    ADD COLUMN confirm_asked_on DATE;

-- What was published was checked by staff when it was published.
UPDATE offer SET confirmed_on = DATE(COALESCE(published_at, updated_at));

CREATE INDEX ix_offer_confirmed_on ON offer (review_state, confirmed_on);
