-- When a failed candidate may sit a unit's online test again (catalogue's ResitPolicy). The existing row, unit 2794-210,
-- takes the platform default until the loader writes the data file's policy at start.
ALTER TABLE test_specification ADD COLUMN attempts_allowed INT NOT NULL DEFAULT 3;
ALTER TABLE test_specification ADD COLUMN minimum_wait_days INT NOT NULL DEFAULT 7;
ALTER TABLE test_specification ADD COLUMN resit_policy_basis VARCHAR(20) NOT NULL DEFAULT 'PLATFORM_DEFAULT';
