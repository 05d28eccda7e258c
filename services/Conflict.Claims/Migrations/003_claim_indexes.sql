-- The indexes of claims, in both dialects. Databases made before this script existed got them from 002 (which
-- then held them for each dialect), hence IF NOT EXISTS.

-- A caller's request id (CreateClaim, BatchCreateClaims, ImportClaims) creates at most one claim, so a retried
-- request never duplicates; NULL when the caller gave none.
CREATE UNIQUE INDEX IF NOT EXISTS claims_request ON claims (request_id);

-- Keyset paging per filter: each list filter has an index ending in id (the variable's is the SQLite table's own
-- key, and an index of the PostgreSQL table). No index on statement_key: the reconciliation groups by it from the
-- feed, and an index on a hash costs a random B-tree insert per claim.
CREATE INDEX IF NOT EXISTS claims_claimant ON claims (claimant, id);
CREATE INDEX IF NOT EXISTS claims_reporter ON claims (reporter, id);
-- Partial: claims entered without a document (most imports) cost no entry here. No index on measure_id: the
-- measure filter is rare and narrowed by the others; every index is paid for on every imported claim.
CREATE INDEX IF NOT EXISTS claims_document ON claims (document_id, id) WHERE document_id <> '';
