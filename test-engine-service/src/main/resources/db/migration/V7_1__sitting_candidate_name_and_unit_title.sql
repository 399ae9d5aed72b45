-- Who sits and what, as the registration and the catalogue named them at the start: the candidate's pages show them
-- (so the candidate can check it is them) without asking a peer on every page. Null for sittings started before.
ALTER TABLE sitting ADD COLUMN candidate_name VARCHAR(200) NULL;
ALTER TABLE sitting ADD COLUMN unit_title VARCHAR(300) NULL;
