-- Review: a DRAFT version goes LIVE only when an awarding staff member approves it, and the approval records who,
-- when and why. A rejection is recorded the same way and leaves the version DRAFT for good: a fix is a new version.
-- Versions that went live before this workflow keep NULLs here: an approval is never invented after the fact.
ALTER TABLE item
    ADD COLUMN review_decision VARCHAR(16)  NULL,
    ADD COLUMN reviewed_by     VARCHAR(100) NULL,
    ADD COLUMN reviewed_at     TIMESTAMP(6) NULL,
    ADD COLUMN review_note     TEXT         NULL,
    ADD CONSTRAINT ck_item_review_decision CHECK (review_decision IN ('APPROVED', 'REJECTED'));
