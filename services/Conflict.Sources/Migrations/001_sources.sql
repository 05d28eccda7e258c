-- Portable SQL (SQLite and PostgreSQL): TEXT, BIGINT only; times are Unix milliseconds; ids come from the application.
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    kind BIGINT NOT NULL,
    country TEXT NOT NULL,
    aligned_party TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    person BIGINT NOT NULL,
    prior_grade BIGINT NOT NULL,
    description TEXT NOT NULL,
    create_ms BIGINT NOT NULL,
    update_ms BIGINT NOT NULL,
    delete_ms BIGINT NOT NULL,
    revision BIGINT NOT NULL
);

-- Aliases as written, in the caller's order.
CREATE TABLE source_aliases (
    source_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (source_id, position)
);

-- Normalized names (display name and aliases) for prefix filters and alias uniqueness.
CREATE TABLE source_names (
    name_key TEXT NOT NULL,
    source_id TEXT NOT NULL,
    is_alias BIGINT NOT NULL,
    PRIMARY KEY (name_key, source_id)
);
CREATE INDEX source_names_by_source ON source_names (source_id);

-- The change feed (outbox): one row per change, written in the transaction of the change.
CREATE TABLE source_changes (
    sequence BIGINT PRIMARY KEY,
    source_id TEXT NOT NULL,
    change_type BIGINT NOT NULL,
    change_ms BIGINT NOT NULL,
    snapshot TEXT NOT NULL
);

-- One row: the last sequence handed out. Every write transaction bumps it first, which serializes writers
-- so that sequences commit in order and a reader never sees a gap that fills later.
CREATE TABLE source_feed (
    id BIGINT PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);
INSERT INTO source_feed (id, last_sequence) VALUES (1, 0);

-- Import keys already applied, so that a repeated import skips them.
CREATE TABLE source_imports (
    import_key TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    import_ms BIGINT NOT NULL
);
