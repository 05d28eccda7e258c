-- SQLite: claims WITHOUT ROWID, keyed by (variable, id): the rows of one variable lie together in the table's own
-- B-tree, so listing a variable reads a few contiguous pages instead of looking each claim up by id (a page of
-- 100 claims read 3 times faster; inserts cost the same, the (variable, id) index they replace went to 200 places
-- too). Lookups by id go through claims_id. The other indexes are in ../003_claim_indexes.sql. Databases made before
-- this layout keep claims keyed by id with a (variable, id) index; the queries are the same for both.

CREATE TABLE claims (
    id                  TEXT NOT NULL,
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
    create_ms           BIGINT NOT NULL,
    PRIMARY KEY (variable, id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX claims_id ON claims (id);

-- The change feed. INTEGER PRIMARY KEY is the rowid: one B-tree per change.
CREATE TABLE claim_changes (
    sequence          INTEGER PRIMARY KEY,
    claim_id          TEXT NOT NULL,
    change_type       INTEGER NOT NULL,
    change_ms         BIGINT NOT NULL
);
