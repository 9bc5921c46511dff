-- Hookyard schema, version 2: the agents' durable run queue. Applied on top of version 1 by
-- migrate() in its own transaction. Each index costs a page write in every commit that queues a
-- run (the receiver's hot path): add one only for a query that cannot do without it.

-- Agent runs; queued in the same transaction that stores their event.
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    event_row INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    agent TEXT NOT NULL,
    state TEXT NOT NULL,                 -- queued | running | succeeded | failed | timed_out | skipped | cancelled
    manual INTEGER NOT NULL DEFAULT 0,
    attempt INTEGER NOT NULL DEFAULT 1,
    queued_at INTEGER NOT NULL,
    not_before INTEGER NOT NULL DEFAULT 0, -- retry backoff: not started before this time
    started_at INTEGER NOT NULL DEFAULT 0,
    finished_at INTEGER NOT NULL DEFAULT 0,
    exit_code INTEGER,
    output BLOB NOT NULL DEFAULT x'',
    log BLOB NOT NULL DEFAULT x'',
    output_truncated INTEGER NOT NULL DEFAULT 0,
    log_truncated INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_state ON runs(state, not_before, id);
CREATE INDEX runs_event ON runs(event_row);
CREATE INDEX runs_agent ON runs(agent, id);
