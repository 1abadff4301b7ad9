-- Rights (non-take-up): the counts of households by arrondissement that social workers' consoles may send.
-- No household data: the outreach list is built and kept in the agent's browser. A cell under 10 households
-- is never stored (the Worker suppresses it, and the CHECK refuses it).

-- One row per submission; its id is chosen by the console (a UUID), so sending the same counts twice stores them once.
CREATE TABLE rights_stats_submissions (
  id            TEXT PRIMARY KEY,
  submitted_at  TEXT NOT NULL,
  model_id      TEXT NOT NULL,
  model_version TEXT NOT NULL,
  rules_date    TEXT NOT NULL,
  top_share     REAL NOT NULL
);
CREATE INDEX rights_stats_submitted ON rights_stats_submissions (submitted_at);

-- The cells kept after suppression: a count of households for one arrondissement and one metric.
CREATE TABLE rights_stats_cells (
  submission_id  TEXT NOT NULL REFERENCES rights_stats_submissions (id),
  arrondissement INTEGER NOT NULL CHECK (arrondissement BETWEEN 1 AND 20),
  metric         TEXT NOT NULL,
  households     INTEGER NOT NULL CHECK (households >= 10),
  PRIMARY KEY (submission_id, arrondissement, metric)
);
