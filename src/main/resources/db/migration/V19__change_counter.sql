-- How often something was committed (issue 13; decision 035): an instance that committed a change
-- adds one here, and every instance reads the number each second. What an instance keeps derived
-- from the data (rendered newcomer pages, search answers, the served languages) is dropped when the
-- number moves, so a change made on one instance reaches the pages of all within about two seconds.
CREATE TABLE change_counter (
    id         TINYINT NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO change_counter (id, generation) VALUES (1, 0);
