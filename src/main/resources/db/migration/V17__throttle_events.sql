-- Failed sign-ins, registrations, reset mails, messages and reports counted per address, account
-- or offer, shared by every instance (issue 13; before, each counted in its own memory). The key
-- is kept only as its SHA-256: an address or e-mail address is never stored here.
CREATE TABLE throttle_event (
    id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(40) NOT NULL,
    key_hash BINARY(32)  NOT NULL,
    at_ms    BIGINT      NOT NULL,
    INDEX throttle_event_key (name, key_hash, at_ms),
    INDEX throttle_event_at (at_ms)
);
