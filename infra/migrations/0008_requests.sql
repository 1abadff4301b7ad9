-- Citizen requests (e-mails, the contact form, letters uploaded by agents): the request pseudonymised, its
-- routing proposal and the agent's handling, the mapping back to the personal data (its own columns, purged
-- first), and the agents' corrections kept, pseudonymised, as labelled data for the next training.

-- One row per request. `body` and `subject` hold the pseudonymised text only; `mapping` (placeholder → value,
-- JSON) and `reply_to` (the sender's address) are the only personal data, set to NULL by the retention purge
-- long before the row goes. `secret_hash`: SHA-256 of the secret given to a form's sender for export and
-- erasure. `raw_key`: the raw e-mail in R2 while its retention lasts.
CREATE TABLE requests (
  id            TEXT PRIMARY KEY,
  channel       TEXT NOT NULL CHECK (channel IN ('email', 'form', 'letter')),
  received_at   TEXT NOT NULL,
  subject       TEXT NOT NULL DEFAULT '',
  body          TEXT NOT NULL,
  attachments   TEXT NOT NULL DEFAULT '[]',
  mapping       TEXT,
  reply_to      TEXT,
  secret_hash   TEXT,
  raw_key       TEXT,
  status        TEXT NOT NULL CHECK (status IN ('received', 'new', 'assigned', 'waiting', 'answered')),
  service       TEXT,
  theme         TEXT,
  confirmed     INTEGER NOT NULL DEFAULT 0 CHECK (confirmed BETWEEN 0 AND 1),
  assigned_to   TEXT,
  proposal      TEXT,
  fiches        TEXT,
  reply         TEXT,
  updated_at    TEXT NOT NULL,
  answered_at   TEXT,
  reminded_at   TEXT
);
CREATE INDEX requests_inbox ON requests (service, status, received_at);
CREATE INDEX requests_received ON requests (received_at);

-- An agent's confirmation or correction of a proposal: the pseudonymised text, what the model proposed and
-- what the agent chose (the labelled example), one per request (the last review wins).
CREATE TABLE requests_corrections (
  request_id      TEXT PRIMARY KEY,
  text            TEXT NOT NULL,
  model_id        TEXT NOT NULL,
  model_version   TEXT NOT NULL,
  proposed_theme  TEXT NOT NULL,
  proposed_office TEXT NOT NULL,
  theme           TEXT NOT NULL,
  office          TEXT NOT NULL,
  corrected       INTEGER NOT NULL CHECK (corrected BETWEEN 0 AND 1),
  reviewed_by     TEXT NOT NULL,
  reviewed_at     TEXT NOT NULL
);
CREATE INDEX requests_corrections_reviewed ON requests_corrections (reviewed_at);
