-- SQLite: claims WITHOUT ROWID (the row lives in its primary-key B-tree, one B-tree fewer per insert).

CREATE TABLE claims (
    id                  TEXT PRIMARY KEY,
    request_id          TEXT,
    claimant            TEXT NOT NULL,
    claimant_text       TEXT NOT NULL,
    claimant_unresolved INTEGER NOT NULL,
    reporter            TEXT NOT NULL,
    reporter_text       TEXT NOT NULL,
    document_id         TEXT NOT NULL,
    quote               TEXT NOT NULL,
    quote_start         INTEGER NOT NULL,
    quote_end           INTEGER NOT NULL,
    measure_id          TEXT NOT NULL,
    party               TEXT NOT NULL,
    place               TEXT NOT NULL,
    variable            TEXT NOT NULL,
    qualifier           INTEGER NOT NULL,
    low                 DOUBLE PRECISION,
    high                DOUBLE PRECISION,
    point               DOUBLE PRECISION,
    unit                TEXT NOT NULL,
    value_text          TEXT NOT NULL,
    norm_low            DOUBLE PRECISION,
    norm_high           DOUBLE PRECISION,
    norm_point          DOUBLE PRECISION,
    norm_unit           TEXT NOT NULL,
    subject             TEXT NOT NULL,
    category            TEXT NOT NULL,
    as_of_start_ms      BIGINT NOT NULL,
    as_of_end_ms        BIGINT NOT NULL,
    statement_ms        BIGINT,
    origin              INTEGER NOT NULL,
    extractor_version   TEXT NOT NULL,
    confidence          DOUBLE PRECISION NOT NULL,
    supersedes          TEXT NOT NULL,
    statement_key       TEXT NOT NULL,
    create_ms           BIGINT NOT NULL
) WITHOUT ROWID;

-- A caller's request id (CreateClaim, BatchCreateClaims, ImportClaims) creates at most one claim, so a retried
-- request never duplicates; NULL when the caller gave none.
CREATE UNIQUE INDEX claims_request ON claims (request_id);

-- Keyset paging per filter: each list filter has an index ending in id. No index on statement_key: the
-- reconciliation groups by it from the feed, and an index on a hash costs a random B-tree insert per claim.
CREATE INDEX claims_variable ON claims (variable, id);
CREATE INDEX claims_claimant ON claims (claimant, id);
CREATE INDEX claims_reporter ON claims (reporter, id);
-- Partial: claims entered without a document (most imports) cost no entry here. No index on measure_id: the
-- measure filter is rare and narrowed by the others; every index is paid for on every imported claim.
CREATE INDEX claims_document ON claims (document_id, id) WHERE document_id <> '';

-- The change feed. INTEGER PRIMARY KEY is the rowid: one B-tree per change.
CREATE TABLE claim_changes (
    sequence          INTEGER PRIMARY KEY,
    claim_id          TEXT NOT NULL,
    change_type       INTEGER NOT NULL,
    change_ms         BIGINT NOT NULL
);
