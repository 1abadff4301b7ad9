-- Property-sale triage: imports of geo-dvf files (raw file and chunks in R2), the sales read from them with
-- their expected price, the rejected lines, and the cases opened for review with the agents' decisions.

-- One import per distinct file (content-addressed: the id derives from the SHA-256 of the uploaded bytes,
-- so the same file sent again is the same import). Counters are recomputed from the chunk records and the
-- cases; max_date (the day of the upload) bounds the sale dates accepted.
CREATE TABLE sales_imports (
  id             TEXT PRIMARY KEY,
  sha256         TEXT NOT NULL UNIQUE,
  file_name      TEXT,
  raw_key        TEXT NOT NULL,
  bytes          INTEGER NOT NULL,
  text_bytes     INTEGER NOT NULL,
  compressed     INTEGER NOT NULL,
  max_date       TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('processing', 'completed')),
  chunks_total   INTEGER NOT NULL,
  chunks_done    INTEGER NOT NULL DEFAULT 0,
  rows_read      INTEGER NOT NULL DEFAULT 0,
  sales_imported INTEGER NOT NULL DEFAULT 0,
  sales_known    INTEGER NOT NULL DEFAULT 0,
  sales_rejected INTEGER NOT NULL DEFAULT 0,
  lines_rejected INTEGER NOT NULL DEFAULT 0,
  sales_scored   INTEGER NOT NULL DEFAULT 0,
  cases_opened   INTEGER NOT NULL DEFAULT 0,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  -- Set once every chunk event is on the queue; an import sent again before that republishes them.
  published_at   TEXT,
  completed_at   TEXT
);
CREATE INDEX sales_imports_created ON sales_imports (created_at);

-- One row per chunk handled, written in the same batch as the chunk's sales: a chunk event delivered twice
-- finds its row and writes nothing.
CREATE TABLE sales_import_chunks (
  import_id      TEXT NOT NULL REFERENCES sales_imports (id) ON DELETE CASCADE,
  idx            INTEGER NOT NULL,
  rows_read      INTEGER NOT NULL,
  sales_imported INTEGER NOT NULL,
  sales_known    INTEGER NOT NULL,
  sales_rejected INTEGER NOT NULL,
  lines_rejected INTEGER NOT NULL,
  sales_scored   INTEGER NOT NULL,
  processed_at   TEXT NOT NULL,
  PRIMARY KEY (import_id, idx)
);

-- Lines left out of an import, with the reason (one row per issue; column '' when the issue is the line's).
CREATE TABLE sales_import_rejections (
  import_id   TEXT NOT NULL REFERENCES sales_imports (id) ON DELETE CASCADE,
  line        INTEGER NOT NULL,
  code        TEXT NOT NULL,
  column_name TEXT NOT NULL,
  message     TEXT NOT NULL,
  sale_id     TEXT,
  PRIMARY KEY (import_id, line, code, column_name)
);

-- A sale (one id_mutation, all its rows folded): the columns the queries need, and the whole aggregate as JSON.
-- expected_price and price_ratio are set when the sale is in the model's scope and was scored.
CREATE TABLE sales (
  id             TEXT PRIMARY KEY,
  import_id      TEXT NOT NULL,
  date           TEXT NOT NULL,
  nature         TEXT NOT NULL,
  price          REAL NOT NULL,
  commune_code   TEXT NOT NULL,
  arrondissement INTEGER,
  dwelling_type  TEXT,
  surface        REAL,
  price_per_m2   REAL,
  latitude       REAL,
  longitude      REAL,
  lot_key        TEXT,
  in_scope       INTEGER NOT NULL,
  scope_issues   TEXT NOT NULL,
  expected_price REAL,
  price_ratio    REAL,
  model_id       TEXT,
  model_version  TEXT,
  data           TEXT NOT NULL,
  imported_at    TEXT NOT NULL
);
CREATE INDEX sales_import ON sales (import_id);
CREATE INDEX sales_lot ON sales (lot_key) WHERE lot_key IS NOT NULL;
CREATE INDEX sales_area ON sales (arrondissement, date) WHERE in_scope = 1;
CREATE INDEX sales_place ON sales (latitude, longitude) WHERE latitude IS NOT NULL;
CREATE INDEX sales_date ON sales (date);

-- A case: one rule's signal on one sale, for an agent to review (dismiss or refer, with a note). Sale date and
-- arrondissement are copied for the list's filters; evidence is the signal that opened it (JSON).
CREATE TABLE sales_cases (
  id             TEXT PRIMARY KEY,
  sale_id        TEXT NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
  rule           TEXT NOT NULL CHECK (rule IN ('price_below_expected', 'quick_resale')),
  score          REAL NOT NULL,
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'referred')),
  sale_date      TEXT NOT NULL,
  arrondissement INTEGER,
  evidence       TEXT NOT NULL,
  model_id       TEXT,
  model_version  TEXT,
  import_id      TEXT NOT NULL,
  opened_at      TEXT NOT NULL,
  decided_by     TEXT,
  decided_role   TEXT,
  decided_at     TEXT,
  decision_note  TEXT,
  UNIQUE (sale_id, rule)
);
CREATE INDEX sales_cases_queue ON sales_cases (status, score DESC);
CREATE INDEX sales_cases_area ON sales_cases (arrondissement, status, score DESC);
CREATE INDEX sales_cases_date ON sales_cases (sale_date);
CREATE INDEX sales_cases_import ON sales_cases (import_id);

-- A decision is taken once: changing a decided case's status aborts the batch (and its audit entry).
CREATE TRIGGER sales_cases_decided_once BEFORE UPDATE OF status ON sales_cases WHEN OLD.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'sales case already decided'); END;
