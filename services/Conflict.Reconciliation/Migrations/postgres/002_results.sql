-- What the Reconciliation service computes; the serialized messages are BLOB in SQLite, BYTEA in PostgreSQL.
CREATE TABLE variables (
  variable TEXT PRIMARY KEY,
  measure TEXT NOT NULL,
  party TEXT NOT NULL,
  place TEXT NOT NULL,
  claim_count INTEGER NOT NULL,
  statement_count INTEGER NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  revision BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL,
  timeline BYTEA NULL,
  conflicts BYTEA NULL
);

CREATE TABLE source_assessments (
  source TEXT PRIMARY KEY,
  payload BYTEA NOT NULL
);
