-- Test sessions: a centre schedules a session of a unit's test, books registered candidates on it, and an invigilator
-- opens it (a keycode, new per session), pauses and resumes candidates or the whole room, adds time, ends a test and
-- closes the session. Start window: UTC instants of the scheduled UK date and times.
CREATE TABLE test_session (
    id               CHAR(36)     PRIMARY KEY,
    centre_number    VARCHAR(16)  NOT NULL,
    unit             VARCHAR(32)  NOT NULL,
    session_date     DATE         NOT NULL,
    starts_from      TIMESTAMP(6) NOT NULL,
    starts_until     TIMESTAMP(6) NOT NULL,
    location         VARCHAR(200) NOT NULL,
    invigilators     VARCHAR(1000) NOT NULL,
    keycode_required BOOLEAN      NOT NULL,
    keycode          CHAR(6)      NULL,
    status           VARCHAR(16)  NOT NULL,
    paused_at        TIMESTAMP(6) NULL,
    paused_by        VARCHAR(100) NULL,
    scheduled_by     VARCHAR(100) NOT NULL,
    scheduled_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_test_session_status CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED'))
) ENGINE = InnoDB;
CREATE INDEX ix_test_session_centre ON test_session (centre_number, session_date);

-- A registered candidate booked on a session, with what the registration said when booked.
CREATE TABLE session_booking (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id         CHAR(36)     NOT NULL,
    registration_id    VARCHAR(64)  NOT NULL,
    uln                VARCHAR(10)  NOT NULL,
    candidate_name     VARCHAR(200) NOT NULL,
    extra_time_percent INT          NOT NULL,
    booked_by          VARCHAR(100) NOT NULL,
    booked_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_session_booking UNIQUE (session_id, registration_id),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES test_session (id)
) ENGINE = InnoDB;
CREATE INDEX ix_session_booking_registration ON session_booking (registration_id);

-- The audit of a session: every action with its actor, time and reason; registration_id names the candidate of a
-- one-candidate action, null for the whole room.
CREATE TABLE session_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id      CHAR(36)     NOT NULL,
    action          VARCHAR(24)  NOT NULL,
    registration_id VARCHAR(64)  NULL,
    actor           VARCHAR(100) NOT NULL,
    at              TIMESTAMP(6) NOT NULL,
    reason          VARCHAR(1000) NULL,
    minutes         INT          NULL,
    affected        INT          NULL,
    CONSTRAINT fk_event_session FOREIGN KEY (session_id) REFERENCES test_session (id)
) ENGINE = InnoDB;
CREATE INDEX ix_session_event_session ON session_event (session_id, at);

-- The clock of a sitting in a session: time added, ended pauses (both in ms, counted in the deadline) and the
-- running pause. An ENDED sitting was ended by the invigilator.
ALTER TABLE sitting
    ADD COLUMN session_id    CHAR(36)     NULL,
    ADD COLUMN added_millis  BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN paused_millis BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN paused_at     TIMESTAMP(6) NULL,
    ADD COLUMN paused_by     VARCHAR(100) NULL,
    DROP CONSTRAINT ck_sitting_status,
    ADD CONSTRAINT ck_sitting_status CHECK (status IN ('OPEN', 'SUBMITTED', 'EXPIRED', 'ENDED'));
CREATE INDEX ix_sitting_session ON sitting (session_id, status);
