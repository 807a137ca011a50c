-- "What to bring" (issue 15): an optional offer text in each language, like the description
-- (papers, letters, copies a newcomer should have with them). NULL where the provider wrote none.
ALTER TABLE offer_text
    ADD COLUMN what_to_bring VARCHAR(1000) NULL;

-- A translation proposal carries it too (NULL where the German has none, and for info pages).
ALTER TABLE translation_proposal
    ADD COLUMN what_to_bring VARCHAR(1000) NULL;
