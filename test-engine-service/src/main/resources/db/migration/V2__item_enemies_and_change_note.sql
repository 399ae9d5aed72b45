-- Enemies: the codes of items that must never share a form with this one (one cues or answers the other). Stored
-- comma-separated; the draw treats the relation as symmetric, so a new item can name an older one without the
-- older item needing a new version.
-- Change note: what this version changed and why, so a reviewer can follow an item's history version by version.
ALTER TABLE item
    ADD COLUMN enemies     VARCHAR(1000) NOT NULL DEFAULT '',
    ADD COLUMN change_note TEXT          NULL;
