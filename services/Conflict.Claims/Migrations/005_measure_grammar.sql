-- The extractor's grammar of a measure becomes part of the measure, readable and writable through the API: the
-- nouns a count measure counts (JSON, per language), whether one must follow the number, whether a noun alone is
-- enough without a trigger word, and whose side the figure is about. Portable SQL (SQLite and PostgreSQL).
-- Measures stored before this script get their grammar from the service's seeder when the shipped catalog has
-- the same measure and nobody but the system has changed it (see MeasureSeeder); others start without one.
ALTER TABLE measures ADD COLUMN counted_nouns TEXT NOT NULL DEFAULT '{}';
ALTER TABLE measures ADD COLUMN noun_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measures ADD COLUMN noun_alone BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measures ADD COLUMN party_role TEXT NOT NULL DEFAULT 'none';
