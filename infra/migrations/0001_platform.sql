-- Platform tables: event bookkeeping (idempotency, dead letters) and the hash-chained audit log.

-- One row per event that a consumer finished handling: a redelivered event is acknowledged without effect.
CREATE TABLE processed_events (
  event_id     TEXT PRIMARY KEY,
  event_type   TEXT NOT NULL,
  processed_at TEXT NOT NULL
);

-- Events that exhausted their retries, as received by the dead-letter queue consumer.
CREATE TABLE dead_events (
  event_id    TEXT PRIMARY KEY,
  event_type  TEXT NOT NULL,
  body        TEXT NOT NULL,
  attempts    INTEGER NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX dead_events_received ON dead_events (received_at);

-- Append-only audit log. Each entry's hash covers its content and the previous entry's hash, so any edit,
-- deletion or reordering breaks the chain at a point that /api/v1/audit/verify reports.
CREATE TABLE audit_log (
  seq           INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL,
  role          TEXT NOT NULL,
  action        TEXT NOT NULL,
  subject_kind  TEXT,
  subject_id    TEXT,
  model_id      TEXT,
  model_version TEXT,
  input_hash    TEXT,
  output        TEXT NOT NULL,
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Where the chain starts: the retention purge removes a prefix of the log and moves this anchor in the same
-- batch, so that removing entries any other way is still detected.
CREATE TABLE audit_anchor (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_anchor (id, seq, hash) VALUES (1, 0, 'genesis');
