-- Item statistics read every completed sitting of one unit (tens of thousands on a busy unit); without this index
-- that is a scan of every unit's sittings. The form rows are then found by sitting_question's primary key.
CREATE INDEX ix_sitting_unit ON sitting (unit, status);
