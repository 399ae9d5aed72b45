-- What a start needs, taken once when the session opens rather than asked of the peers on every start: the unit and
-- its test specification as catalogue-service gave them (JSON), and each booked candidate's form, drawn ahead
-- ("<item version id>:<option order>,..."), for the candidate's first sitting in the session. Null for sessions opened
-- before, whose starts ask the peers.
ALTER TABLE test_session ADD COLUMN unit_snapshot TEXT NULL;
ALTER TABLE session_booking ADD COLUMN prepared_form TEXT NULL;
