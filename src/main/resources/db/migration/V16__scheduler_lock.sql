-- Scheduled jobs (expiry and freshness reminders, event series rolled forward) run on one
-- instance at a time: ShedLock's lock table (decision 026). Times are the database's.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
);
