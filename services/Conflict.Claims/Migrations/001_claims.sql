-- The Claims service's schema. Portable SQL: the same script runs on SQLite and PostgreSQL.
-- Claims are insert-only: a state change is a new claim_status row, and every change is a claim_changes row.
-- The claims and claim_changes tables differ by dialect (sqlite/ and postgres/ 002_claim_rows.sql).

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

-- At most one row per claim: a claim leaves the active state once, to superseded or retracted.
CREATE TABLE claim_status (
    claim_id          TEXT PRIMARY KEY,
    state             INTEGER NOT NULL,
    superseded_by     TEXT NOT NULL,
    reason            TEXT NOT NULL,
    change_ms         BIGINT NOT NULL
);

-- The head of the change feed: every write transaction locks this row first, so sequences are gapless and
-- committed in order, and advances it by the number of changes it appends.
CREATE TABLE claim_feed_head (
    id                INTEGER PRIMARY KEY,
    last_sequence     BIGINT NOT NULL
);

INSERT INTO claim_feed_head (id, last_sequence) VALUES (1, 0);
