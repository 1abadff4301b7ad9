-- Climate alerts beyond heat: one episode model for every hazard, the official inputs that raise them (vigilance
-- map, Seine observations, pollution bulletins), a register whose people choose hazards and channels and reach
-- their data with a short code, and registration order numbers that are never reused.

-- The register, rebuilt: `seq` is AUTOINCREMENT, so erasing the newest registration never hands its number to the
-- next one (whose scoring event id would be one already processed); `hazards` the hazards the person chose;
-- `access_code_hash` the keyed hash of the short code read over the phone (workers/src/heat/access.ts);
-- `registered_by` "self" or the agent of the 3975 line who registered the person on their behalf;
-- `contact_told` whether the person asked that their contact be told when they cannot be reached;
-- `access_failures` wrong codes tried with the person's phone or e-mail since the last success (5 lock the code).
CREATE TABLE heat_registrations_rebuilt (
  seq              INTEGER PRIMARY KEY AUTOINCREMENT,
  id               TEXT NOT NULL UNIQUE,
  secret_hash      TEXT NOT NULL,
  access_code_hash TEXT,
  input_salt       TEXT NOT NULL,
  name             TEXT NOT NULL,
  phone            TEXT,
  email            TEXT,
  channels         TEXT NOT NULL,
  hazards          TEXT NOT NULL DEFAULT '["heat"]',
  arrondissement   INTEGER NOT NULL CHECK (arrondissement BETWEEN 1 AND 20),
  address          TEXT,
  contact_name     TEXT,
  contact_phone    TEXT,
  contact_told     INTEGER NOT NULL DEFAULT 0 CHECK (contact_told BETWEEN 0 AND 1),
  access_failures  INTEGER NOT NULL DEFAULT 0,
  factors          TEXT NOT NULL,
  consent_text     TEXT NOT NULL,
  consent_at       TEXT NOT NULL,
  registered_by    TEXT NOT NULL DEFAULT 'self',
  created_at       TEXT NOT NULL,
  expires_at       TEXT NOT NULL,
  renewed_at       TEXT
);
INSERT INTO heat_registrations_rebuilt (seq, id, secret_hash, input_salt, name, phone, email, channels, arrondissement, address,
  contact_name, contact_phone, factors, consent_text, consent_at, created_at, expires_at, renewed_at)
SELECT seq, id, secret_hash, input_salt, name, phone, email, channels, arrondissement, address,
  contact_name, contact_phone, factors, consent_text, consent_at, created_at, expires_at, renewed_at FROM heat_registrations;
DROP TABLE heat_registrations;
ALTER TABLE heat_registrations_rebuilt RENAME TO heat_registrations;
CREATE INDEX heat_registrations_expiry ON heat_registrations (expires_at);
CREATE INDEX heat_registrations_phone ON heat_registrations (phone);
CREATE INDEX heat_registrations_email ON heat_registrations (email);

-- What a temperature forecast did to the cold episode (its `outcome` stays the heat one).
ALTER TABLE heat_forecasts ADD COLUMN hazard_outcomes TEXT;

-- Episodes of every hazard: at most one open per département and hazard.
ALTER TABLE heat_episodes ADD COLUMN hazard TEXT NOT NULL DEFAULT 'heat' CHECK (hazard IN ('heat', 'cold', 'flood', 'pollution', 'storm'));
DROP INDEX heat_episodes_one_open;
CREATE UNIQUE INDEX heat_episodes_one_open ON heat_episodes (departement, hazard) WHERE status = 'open';

-- The local provider's record, rebuilt: messages outside an episode (a one-time access code) have no episode.
CREATE TABLE heat_messages_rebuilt (
  idempotency_key TEXT PRIMARY KEY,
  registration_id TEXT NOT NULL,
  episode_id      TEXT,
  kind            TEXT NOT NULL,
  channel         TEXT NOT NULL,
  recipient       TEXT NOT NULL,
  subject         TEXT,
  body            TEXT NOT NULL,
  sent_at         TEXT NOT NULL
);
INSERT INTO heat_messages_rebuilt SELECT idempotency_key, registration_id, episode_id, kind, channel, recipient, subject, body, sent_at FROM heat_messages;
DROP TABLE heat_messages;
ALTER TABLE heat_messages_rebuilt RENAME TO heat_messages;
CREATE INDEX heat_messages_sent ON heat_messages (sent_at);
CREATE INDEX heat_messages_registration ON heat_messages (registration_id);

-- Official inputs other than the temperature forecast (heat_forecasts): Météo-France vigilance maps, Seine heights
-- at Paris-Austerlitz, pollution bulletins. The id hashes the content (the same document twice is one row);
-- `body` keeps what the rules read (the département's part of a map), `levels` what they gave, by hazard and day.
CREATE TABLE climate_inputs (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind IN ('vigilance', 'flood', 'pollution')),
  departement  TEXT NOT NULL,
  source       TEXT NOT NULL,
  issued_at    TEXT NOT NULL,
  issue_day    TEXT NOT NULL,
  replay       INTEGER NOT NULL DEFAULT 0,
  body         TEXT NOT NULL,
  levels       TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  received_by  TEXT NOT NULL,
  processed_at TEXT,
  outcome      TEXT
);
CREATE INDEX climate_inputs_current ON climate_inputs (kind, departement, issued_at);
CREATE INDEX climate_inputs_unprocessed ON climate_inputs (received_at) WHERE processed_at IS NULL;

-- Access to one's registration: one-time codes sent by SMS or e-mail (keyed hash, 15 minutes, 5 tries), and the
-- register-wide count of wrong codes in the current hour (one row, kept by an upsert: a refused request adds no row).
CREATE TABLE heat_access_codes (
  registration_id TEXT NOT NULL,
  code_hash       TEXT NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
  expires_at      TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  PRIMARY KEY (registration_id, created_at)
);
CREATE TABLE heat_access_window (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  hour       TEXT NOT NULL,
  failures   INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO heat_access_window (id, hour, failures, updated_at) VALUES (1, '', 0, '');
