-- The Claims service's schema. Portable SQL: the same script runs on SQLite and PostgreSQL.
-- Claims are insert-only: a state change is a new claim_status row, and every change is a claim_changes row.

CREATE TABLE measures (
    id                TEXT PRIMARY KEY,
    unit              TEXT NOT NULL,
    kind              INTEGER NOT NULL,
    display_names     TEXT NOT NULL,
    trigger_words     TEXT NOT NULL,
    unit_aliases      TEXT NOT NULL,
    min_value         DOUBLE PRECISION,
    max_value         DOUBLE PRECISION,
    description       TEXT NOT NULL,
    create_ms         BIGINT NOT NULL,
    update_ms         BIGINT NOT NULL,
    etag              TEXT NOT NULL
);

CREATE TABLE documents (
    id                TEXT PRIMARY KEY,
    sha256            TEXT NOT NULL UNIQUE,
    url               TEXT NOT NULL,
    publisher         TEXT NOT NULL,
    publish_ms        BIGINT NOT NULL,
    language          TEXT NOT NULL,
    title             TEXT NOT NULL,
    text              TEXT NOT NULL,
    text_length       INTEGER NOT NULL,
    create_ms         BIGINT NOT NULL
);

CREATE INDEX documents_publisher ON documents (publisher, id);

CREATE TABLE claims (
    id                  TEXT PRIMARY KEY,
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

-- Keyset paging per filter: each list filter has an index ending in id.
CREATE INDEX claims_variable ON claims (variable, id);
CREATE INDEX claims_claimant ON claims (claimant, id);
CREATE INDEX claims_reporter ON claims (reporter, id);
CREATE INDEX claims_document ON claims (document_id, id);
CREATE INDEX claims_measure ON claims (measure_id, id);
CREATE INDEX claims_statement ON claims (statement_key);

-- At most one row per claim: a claim leaves the active state once, to superseded or retracted.
CREATE TABLE claim_status (
    claim_id          TEXT PRIMARY KEY,
    state             INTEGER NOT NULL,
    superseded_by     TEXT NOT NULL,
    reason            TEXT NOT NULL,
    change_ms         BIGINT NOT NULL
);

-- Caller request ids (CreateClaim, BatchCreateClaims, ImportClaims): a retried request never duplicates.
CREATE TABLE claim_requests (
    request_id        TEXT PRIMARY KEY,
    claim_id          TEXT NOT NULL
);

-- The change feed: gapless sequence numbers taken from claim_feed_head under the write lock.
CREATE TABLE claim_changes (
    sequence          BIGINT PRIMARY KEY,
    claim_id          TEXT NOT NULL,
    change_type       INTEGER NOT NULL,
    change_ms         BIGINT NOT NULL
);

CREATE TABLE claim_feed_head (
    id                INTEGER PRIMARY KEY,
    last_sequence     BIGINT NOT NULL
);

INSERT INTO claim_feed_head (id, last_sequence) VALUES (1, 0);
