-- Registrations withdrawn at registration-service, as its outbox delivers them: one row per registration, kept
-- whether or not it is booked yet, so a booking or a start that comes later is refused too.
CREATE TABLE registration_withdrawal (
    registration_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    withdrawn_at    TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB;

-- When the booked registration was withdrawn: the room list shows it without another lookup.
ALTER TABLE session_booking ADD COLUMN withdrawn_at TIMESTAMP(6) NULL;
