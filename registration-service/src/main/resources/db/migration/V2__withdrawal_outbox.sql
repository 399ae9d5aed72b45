-- Transactional outbox: written with the withdrawal of a registration, relayed to test-engine-service until it
-- accepts it. A registration is withdrawn once, so it has at most one message.
CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id CHAR(36)     NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    delivered_at    DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    CONSTRAINT uq_outbox_registration UNIQUE (registration_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_due ON outbox_message (delivered_at, next_attempt_at);
