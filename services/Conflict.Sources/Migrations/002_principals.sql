-- Who created each source and who last changed it: the subject (`sub`) of the caller's token. Portable SQL.
-- Sources stored before this script keep '' for both: who wrote them was not recorded.
ALTER TABLE sources ADD COLUMN creator TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN updater TEXT NOT NULL DEFAULT '';
