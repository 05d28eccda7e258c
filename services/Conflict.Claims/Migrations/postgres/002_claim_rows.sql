-- PostgreSQL: the same tables as sqlite/002_claim_rows.sql, in its dialect. Their indexes are in
-- ../003_claim_indexes.sql.

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
);

CREATE INDEX claims_variable ON claims (variable, id);

-- The change feed.
CREATE TABLE claim_changes (
    sequence          BIGINT PRIMARY KEY,
    claim_id          TEXT NOT NULL,
    change_type       INTEGER NOT NULL,
    change_ms         BIGINT NOT NULL
);
