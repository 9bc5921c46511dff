-- Hookyard schema, version 3: the names of removed connectors. Applied on top of version 2 by
-- migrate() in its own transaction. A removed connector's events and deliveries stay (their
-- connector_id has no foreign key), so its name is kept here, written in the transaction that
-- deletes the connector: the history still says whose it was, and `events list --connector`
-- still finds it. A name can be reused by a new connector; the ids keep them apart.
CREATE TABLE removed_connectors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    removed_at INTEGER NOT NULL
);
CREATE INDEX removed_connectors_name ON removed_connectors(name);
