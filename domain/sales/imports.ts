// A geo-dvf import's life and the problems that refuse a file as a whole. An import is processing until its
// chunks are handled and it is finalised, then completed (the two states stored, restated by a SQL CHECK); it
// is reported stalled while a step failed for good (its event is in the dead letters) or nothing has moved for
// a while (an event was lost on the way): the stall's reason. A file refused as a whole names one of the file
// problems (code and line), which the console translates. Shared code.

export const IMPORT_STATES = ["processing", "completed"] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export const IMPORT_STATUSES = [...IMPORT_STATES, "stalled"] as const;

export const STALL_REASONS = ["failed", "no_progress"] as const;

/** What an agent may choose for a file with sales outside Paris: refused until they say "import" (query otherCities). */
export const OTHER_CITIES_CHOICES = ["refuse", "import"] as const;

export const FILE_PROBLEMS = ["wrong_header", "wrong_delimiter", "invalid_utf8", "truncated_gzip", "empty_file", "no_data", "too_large"] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];
