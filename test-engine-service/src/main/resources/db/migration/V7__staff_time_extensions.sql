-- Awarding staff extend a running sitting's time for an access arrangement agreed after the sitting started. Such a
-- sitting need not be in a test session, so an audit event names the sitting it changed and may name no session.
ALTER TABLE session_event
    MODIFY session_id CHAR(36) NULL,
    ADD COLUMN sitting_id CHAR(36) NULL;
CREATE INDEX ix_session_event_sitting ON session_event (sitting_id);
-- The staff console reads the audit of every session, newest first.
CREATE INDEX ix_session_event_at ON session_event (at);
