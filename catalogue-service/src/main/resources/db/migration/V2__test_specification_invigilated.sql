-- Whether a unit's test is sat only in an invigilated test session (test-engine-service's sessions and keycodes).
ALTER TABLE test_specification ADD COLUMN invigilated BOOLEAN NOT NULL DEFAULT FALSE;
