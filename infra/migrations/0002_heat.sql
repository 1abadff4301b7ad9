-- Heat alerts: forecasts and daily temperatures, alert episodes and their call rounds, the heat register,
-- call lists, call outcomes and follow-ups, the message outbox and the local message provider's record.

-- Every forecast accepted, in order of reception (seq): the latest received is the current one. The id hashes the
-- département, source, issue time and days, so the same forecast sent twice is one row.
CREATE TABLE heat_forecasts (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  departement  TEXT NOT NULL,
  source       TEXT NOT NULL,
  issued_at    TEXT NOT NULL,
  issue_day    TEXT NOT NULL,
  replay       INTEGER NOT NULL DEFAULT 0,
  days         TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  received_by  TEXT NOT NULL,
  -- Set by the forecast event's handler, in the same batch as the episode change it caused (JSON outcome).
  processed_at TEXT,
  outcome      TEXT
);
CREATE INDEX heat_forecasts_current ON heat_forecasts (departement, seq);
CREATE INDEX heat_forecasts_unprocessed ON heat_forecasts (received_at) WHERE processed_at IS NULL;

-- The latest known TN/TX of each day (from the latest forecast received that holds it): the days before a
-- forecast's first day come from here.
CREATE TABLE heat_daily (
  departement  TEXT NOT NULL,
  date         TEXT NOT NULL,
  tn           REAL NOT NULL,
  tx           REAL NOT NULL,
  forecast_seq INTEGER NOT NULL,
  PRIMARY KEY (departement, date)
);

-- Alert episodes: one per contiguous run of days whose level is orange or red. At most one open per département.
CREATE TABLE heat_episodes (
  id              TEXT PRIMARY KEY,
  departement     TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  start_date      TEXT NOT NULL,
  last_alert_date TEXT NOT NULL,
  end_date        TEXT,
  peak_level      TEXT NOT NULL CHECK (peak_level IN ('orange', 'red')),
  current_round   INTEGER NOT NULL,
  next_round_date TEXT NOT NULL,
  opened_by       TEXT NOT NULL,
  closed_by       TEXT,
  opened_at       TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  closed_at       TEXT
);
CREATE UNIQUE INDEX heat_episodes_one_open ON heat_episodes (departement) WHERE status = 'open';
CREATE INDEX heat_episodes_recent ON heat_episodes (departement, opened_at);

-- Call rounds of an episode: everyone registered is scored and called once per round (at opening, every two
-- days, and when the episode turns red). `exposure` is the heat every person of the round is scored against.
CREATE TABLE heat_rounds (
  episode_id   TEXT NOT NULL,
  round        INTEGER NOT NULL,
  day          TEXT NOT NULL,
  reason       TEXT NOT NULL CHECK (reason IN ('opening', 'every-two-days', 'red')),
  exposure     TEXT NOT NULL,
  message_kind TEXT CHECK (message_kind IN ('opening', 'red')),
  started_at   TEXT NOT NULL,
  PRIMARY KEY (episode_id, round)
);

-- The heat register (personal data). `seq` orders registrations for chunked scoring; the secret is stored as
-- its SHA-256 only; `factors` holds only the risk factors the person agreed to share; `input_salt` keys the
-- audit log's input hashes so they cannot be reversed by trying every combination of factors.
CREATE TABLE heat_registrations (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  secret_hash     TEXT NOT NULL,
  input_salt      TEXT NOT NULL,
  name            TEXT NOT NULL,
  phone           TEXT,
  email           TEXT,
  channels        TEXT NOT NULL,
  arrondissement  INTEGER NOT NULL CHECK (arrondissement BETWEEN 1 AND 20),
  address         TEXT,
  contact_name    TEXT,
  contact_phone   TEXT,
  factors         TEXT NOT NULL,
  consent_text    TEXT NOT NULL,
  consent_at      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  expires_at      TEXT NOT NULL,
  renewed_at      TEXT
);
CREATE INDEX heat_registrations_expiry ON heat_registrations (expires_at);

-- One call per registered person and round, with the heat-risk score that orders the list. The model's input
-- is not copied here: it follows from the person's shared factors and the round's exposure (heat/person.ts).
CREATE TABLE heat_calls (
  id               TEXT PRIMARY KEY,
  episode_id       TEXT NOT NULL,
  round            INTEGER NOT NULL,
  registration_id  TEXT NOT NULL,
  risk             REAL NOT NULL,
  model_id         TEXT NOT NULL,
  model_version    TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'to-call' CHECK (status IN ('to-call', 'retry', 'done', 'visit-needed', 'wrong-number')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  last_outcome     TEXT,
  last_outcome_at  TEXT,
  created_at       TEXT NOT NULL
);
CREATE INDEX heat_calls_list ON heat_calls (episode_id, round, risk DESC);
CREATE INDEX heat_calls_registration ON heat_calls (registration_id);

-- What each call attempt gave, recorded by an agent (also in the audit log, without the note).
CREATE TABLE heat_call_outcomes (
  id              INTEGER PRIMARY KEY,
  call_id         TEXT NOT NULL,
  registration_id TEXT NOT NULL,
  episode_id      TEXT NOT NULL,
  outcome         TEXT NOT NULL CHECK (outcome IN ('reached-fine', 'reached-needs-health-help', 'reached-needs-social-help', 'no-answer', 'wrong-number')),
  note            TEXT,
  agent           TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE INDEX heat_call_outcomes_registration ON heat_call_outcomes (registration_id, recorded_at);

-- Follow-ups decided from outcomes: a home visit (three unanswered calls within 48 hours, or a wrong number),
-- emergency doctors (health risk) or social workers (social risk). One per kind, person and episode.
CREATE TABLE heat_followups (
  id              INTEGER PRIMARY KEY,
  registration_id TEXT NOT NULL,
  episode_id      TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('visit', 'health', 'social')),
  team            TEXT NOT NULL CHECK (team IN ('home-visits', 'emergency-doctors', 'social-workers')),
  reason          TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  UNIQUE (episode_id, registration_id, kind)
);
CREATE INDEX heat_followups_registration ON heat_followups (registration_id);

-- Messages to send, one per person, channel and message kind of an episode: the idempotency key makes a
-- duplicate event or a retry unable to queue or send the same message twice. The text is the same for everyone
-- (no personal data in it): it is rendered from the kind, channel and day when the message is sent.
CREATE TABLE heat_outbox (
  idempotency_key TEXT PRIMARY KEY,
  batch_key       TEXT NOT NULL,
  registration_id TEXT NOT NULL,
  episode_id      TEXT NOT NULL,
  kind            TEXT NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('sms', 'voice', 'email')),
  recipient       TEXT NOT NULL,
  day             TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
  created_at      TEXT NOT NULL,
  sent_at         TEXT,
  provider_ref    TEXT
);
CREATE INDEX heat_outbox_batch ON heat_outbox (batch_key, status);
CREATE INDEX heat_outbox_registration ON heat_outbox (registration_id);

-- The local message provider: what it would have sent, for inspection (GET /api/v1/heat/messages).
CREATE TABLE heat_messages (
  idempotency_key TEXT PRIMARY KEY,
  registration_id TEXT NOT NULL,
  episode_id      TEXT NOT NULL,
  kind            TEXT NOT NULL,
  channel         TEXT NOT NULL,
  recipient       TEXT NOT NULL,
  subject         TEXT,
  body            TEXT NOT NULL,
  sent_at         TEXT NOT NULL
);
CREATE INDEX heat_messages_sent ON heat_messages (sent_at);
CREATE INDEX heat_messages_registration ON heat_messages (registration_id);
