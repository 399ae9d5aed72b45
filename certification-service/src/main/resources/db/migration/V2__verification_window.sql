-- Public verifications per client in the current fixed window, in the database so that every replica counts against
-- the same limit. A row holds a client's address only for its window and the next: older rows are purged every minute.
CREATE TABLE verification_window (
    client          VARCHAR(45) NOT NULL PRIMARY KEY,
    window_start    BIGINT      NOT NULL,
    requests        INT         NOT NULL
);
CREATE INDEX ix_verification_window_start ON verification_window (window_start);
