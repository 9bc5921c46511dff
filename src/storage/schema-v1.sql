-- Hookyard schema, version 1: the engine's tables. Version 2 (schema-v2.sql) adds the agents'
-- runs. Times are Unix milliseconds (INTEGER) unless named *_s.
-- Never a signing secret in here (ARCHITECTURE.md section 8): secrets live in the SecretStore.

CREATE TABLE connectors (
    id TEXT PRIMARY KEY,                 -- 32 hex chars, 128 random bits; the URL path segment
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    tolerance_s INTEGER NOT NULL DEFAULT 300,
    rate_per_s REAL NOT NULL DEFAULT -1, -- -1 = the default setting; 0 = unlimited
    burst INTEGER NOT NULL DEFAULT -1,
    has_secret INTEGER NOT NULL DEFAULT 0,
    previous_secret_expires_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Every request that reached a connector path. Body only via the event (verified deliveries).
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    connector_id TEXT NOT NULL,          -- no FK: a removed connector's history stays readable
    received_at INTEGER NOT NULL,
    http_status INTEGER NOT NULL,
    outcome TEXT NOT NULL,               -- accepted | duplicate | rejected
    reason TEXT NOT NULL DEFAULT 'none', -- Core::rejectCode
    message TEXT NOT NULL DEFAULT '',
    remote_address TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    signature_t INTEGER NOT NULL DEFAULT 0,
    skew_s INTEGER NOT NULL DEFAULT 0,
    v1_count INTEGER NOT NULL DEFAULT 0,
    matched_previous INTEGER NOT NULL DEFAULT 0,
    body_size INTEGER NOT NULL DEFAULT 0,
    event_row INTEGER                    -- events.id for accepted and duplicate deliveries
);
-- Every index below is one more page written by each verified delivery's commit (the receiver's
-- hot path, QT64-NOTES.md), so there are only those the readers cannot do without. Row ids grow
-- with time: "newest first" and retention page by id, no time index is needed.
CREATE INDEX deliveries_connector ON deliveries(connector_id);
CREATE INDEX deliveries_event ON deliveries(event_row);
-- Rejected deliveries only (written in batches, off the acknowledgement path): the counters.
CREATE INDEX deliveries_rejected ON deliveries(connector_id, reason) WHERE outcome = 'rejected';

-- One row per (connector, Stripe event id): the unit agents work on.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    connector_id TEXT NOT NULL,
    stripe_id TEXT NOT NULL,
    type TEXT NOT NULL,
    object TEXT NOT NULL,                -- event | v2.core.event
    livemode INTEGER NOT NULL DEFAULT 0,
    created_s INTEGER NOT NULL DEFAULT 0,-- Stripe's "created"
    api_version TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    received_at INTEGER NOT NULL,
    delivery_count INTEGER NOT NULL DEFAULT 1,
    body BLOB NOT NULL,                  -- the raw bytes as received, never re-serialised
    -- stripe_id first: the same index finds an event id under any connector.
    UNIQUE (stripe_id, connector_id)
);
CREATE INDEX events_type ON events(type);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- config_generation: bumped on every change of connectors, secrets or settings, so a running
-- `hookyard serve` (another process) picks the change up at once.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta(key, value) VALUES ('config_generation', '1');
