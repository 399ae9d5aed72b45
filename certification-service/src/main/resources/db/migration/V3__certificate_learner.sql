-- A learner lists their own certificates by ULN (GET /api/certificates, the learner's page).
CREATE INDEX ix_certificate_uln ON certificate (uln, issued_on, id);
-- The public issuer profiles (GET /issuers/{issuer}) look up the awarding organisations named on certificates: with
-- this index the distinct names are read from the index alone, however many certificates there are.
CREATE INDEX ix_certificate_awarding_organisation ON certificate (awarding_organisation);
