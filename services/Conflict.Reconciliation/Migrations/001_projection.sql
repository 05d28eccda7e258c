-- The Reconciliation service's own projection of the Claims and Sources feeds, and its results.
CREATE TABLE feed_cursors (
  feed TEXT PRIMARY KEY,
  sequence BIGINT NOT NULL
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  kind INTEGER NOT NULL,
  aligned_party TEXT NOT NULL,
  parent TEXT NOT NULL,
  deleted INTEGER NOT NULL
);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  variable TEXT NOT NULL,
  measure TEXT NOT NULL,
  claimant TEXT NOT NULL,
  claimant_text TEXT NOT NULL,
  reporter TEXT NOT NULL,
  reporter_text TEXT NOT NULL,
  statement_key TEXT NOT NULL,
  as_of_start INTEGER NOT NULL,
  as_of_end INTEGER NOT NULL,
  qualifier INTEGER NOT NULL,
  low DOUBLE PRECISION NULL,
  high DOUBLE PRECISION NULL,
  point DOUBLE PRECISION NULL,
  unit TEXT NOT NULL,
  value_text TEXT NOT NULL,
  subject TEXT NOT NULL,
  category TEXT NOT NULL,
  quote TEXT NOT NULL,
  state INTEGER NOT NULL
);
CREATE INDEX claims_by_variable ON claims (variable, id);
CREATE INDEX claims_by_claimant ON claims (claimant);

CREATE TABLE measures (
  id TEXT PRIMARY KEY,
  unit TEXT NOT NULL,
  kind INTEGER NOT NULL
);
