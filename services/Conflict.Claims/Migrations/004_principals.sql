-- Who created and who last changed each record: the subject (`sub`) of the caller's token. Portable SQL: the same
-- script runs on SQLite and PostgreSQL. Rows stored before this script keep '' where nobody was recorded.

-- Claims are never updated: the creator is stored with the claim, and whoever moves it out of the active state
-- (supersedes or retracts it) is stored with that change, in claim_status. A claim's updater is the latter, else
-- its creator.
ALTER TABLE claims ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_status ADD COLUMN updater TEXT NOT NULL DEFAULT '';

ALTER TABLE documents ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN updater TEXT NOT NULL DEFAULT '';

ALTER TABLE measures ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE measures ADD COLUMN updater TEXT NOT NULL DEFAULT '';

-- The measures of the shipped catalog (Measures/measures.json as of this script) were seeded by the service: their
-- creator is `system`, as the seeder records for measures it adds from now on. They are also their updater unless
-- they were changed since, by someone this database did not record.
UPDATE measures SET creator = 'system', updater = CASE WHEN update_ms = create_ms THEN 'system' ELSE '' END
WHERE creator = '' AND id IN (
    'area_controlled', 'area_controlled_peak', 'area_gained', 'area_retaken_share', 'territory_share_occupied',
    'localities_controlled', 'localities_gained', 'advance_depth', 'front_width', 'incursion_depth',
    'prisoners_taken', 'civilians_killed', 'civilians_injured', 'people_displaced', 'troops_deployed',
    'aid_workers_killed', 'military_killed', 'military_losses');
