-- Several replicas on one database (issue: scale-out). Every replica answers reads from the shared tables; the work
-- is split by leases: the coordinator follows the feeds and learns the source parameters, and each of the 16
-- partitions of the variables is recomputed by the replica that holds its lease (services/.../Replicas).

-- The replicas alive recently (a heartbeat per second), to split the partitions fairly between them.
CREATE TABLE replicas (
  id TEXT PRIMARY KEY,
  seen_ms BIGINT NOT NULL
);

-- A lease is held by owner until expires_ms unless renewed; taking it over bumps epoch, and every write made under a
-- lease first checks (and, on PostgreSQL, locks) its row with the epoch it was taken with, so a replica that lost
-- it can no longer write. model_revision: for a partition, the source model its variables were last recomputed with.
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  expires_ms BIGINT NOT NULL,
  epoch BIGINT NOT NULL,
  model_revision BIGINT NOT NULL
);

-- The last projection revision that changed each variable, written by the coordinator only. A variable is dirty
-- while its stored timeline was computed for an older mark (variables.computed_mark, written by the partition's
-- owner only, in the transaction that stores the timeline): coordinator and owners never lock each other's rows, a
-- replica killed mid-way leaves its work to the next owner, and no change is ever skipped.
CREATE TABLE variable_marks (
  variable TEXT PRIMARY KEY,
  part INTEGER NOT NULL,
  mark BIGINT NOT NULL
);
CREATE INDEX variable_marks_by_part ON variable_marks (part, mark, variable);
ALTER TABLE variables ADD COLUMN computed_mark BIGINT NULL;

-- One row: the number of feed batches applied to the projection (the marks above) and when the last one was.
CREATE TABLE projection_state (
  id INTEGER PRIMARY KEY,
  revision BIGINT NOT NULL,
  changed_ms BIGINT NOT NULL
);
-- A projection from before this migration has never had its model stored: revision 1 asks for a learning pass.
INSERT INTO projection_state (id, revision, changed_ms)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM claims) THEN 1 ELSE 0 END, 0;

-- One row: the learned source parameters (JSON), their revision, and the projection revision they were learned from.
CREATE TABLE source_model (
  id INTEGER PRIMARY KEY,
  revision BIGINT NOT NULL,
  learned_through BIGINT NOT NULL,
  payload TEXT NOT NULL
);
INSERT INTO source_model (id, revision, learned_through, payload) VALUES (1, 0, 0, '');
