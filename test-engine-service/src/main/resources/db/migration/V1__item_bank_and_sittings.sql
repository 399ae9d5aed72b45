-- Item bank: one row per item version. Content columns are never updated (a revision is a new row);
-- only status moves (DRAFT -> LIVE -> RETIRED), so a sitting can always show the exact wording it was given.
CREATE TABLE item (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_code            VARCHAR(32)  NOT NULL,
    version              INT          NOT NULL,
    unit                 VARCHAR(32)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    learning_outcome     VARCHAR(8)   NOT NULL,
    assessment_criterion VARCHAR(12)  NOT NULL,
    stem                 TEXT         NOT NULL,
    option_a             TEXT         NOT NULL,
    option_b             TEXT         NOT NULL,
    option_c             TEXT         NOT NULL,
    option_d             TEXT         NOT NULL,
    answer_key           CHAR(1)      NOT NULL,
    rationale            TEXT         NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    CONSTRAINT uq_item_code_version UNIQUE (item_code, version),
    CONSTRAINT ck_item_status CHECK (status IN ('DRAFT', 'LIVE', 'RETIRED')),
    CONSTRAINT ck_item_key CHECK (answer_key IN ('A', 'B', 'C', 'D'))
) ENGINE = InnoDB;
CREATE INDEX ix_item_draw ON item (unit, status, learning_outcome);

-- A sitting: one candidate's attempt. open_for holds "<uln>|<unit>" while the sitting is open and NULL after,
-- so the unique index lets the database refuse a second open sitting even under concurrent starts.
CREATE TABLE sitting (
    id                 CHAR(36)     PRIMARY KEY,
    uln                VARCHAR(10)  NOT NULL,
    registration_id    VARCHAR(64)  NOT NULL,
    unit               VARCHAR(32)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    open_for           VARCHAR(64)  NULL,
    started_at         TIMESTAMP(6) NOT NULL,
    deadline           TIMESTAMP(6) NOT NULL,
    duration_minutes   INT          NOT NULL,
    extra_time_percent INT          NOT NULL,
    pass_mark          INT          NOT NULL,
    last_sequence      BIGINT       NOT NULL,
    completed_at       TIMESTAMP(6) NULL,
    score              INT          NULL,
    passed             BOOLEAN      NULL,
    CONSTRAINT uq_sitting_open UNIQUE (open_for),
    CONSTRAINT ck_sitting_status CHECK (status IN ('OPEN', 'SUBMITTED', 'EXPIRED'))
) ENGINE = InnoDB;
CREATE INDEX ix_sitting_candidate ON sitting (uln, unit);
CREATE INDEX ix_sitting_expiry ON sitting (status, deadline);

-- The form (which item version at which position, options in which order) and the candidate's response to it.
CREATE TABLE sitting_question (
    sitting_id      CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    item_id         BIGINT       NOT NULL,
    option_order    CHAR(4)      NOT NULL,
    selected_option CHAR(1)      NULL,
    flagged         BOOLEAN      NOT NULL,
    sequence        BIGINT       NOT NULL,
    PRIMARY KEY (sitting_id, position),
    CONSTRAINT fk_question_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_question_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB;

-- Transactional outbox: written with the marking of a passed sitting, relayed to certification-service.
CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sitting_id      CHAR(36)     NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    delivered_at    TIMESTAMP(6) NULL,
    last_error      VARCHAR(500) NULL,
    CONSTRAINT uq_outbox_sitting UNIQUE (sitting_id)
) ENGINE = InnoDB;
CREATE INDEX ix_outbox_due ON outbox_message (delivered_at, next_attempt_at);
