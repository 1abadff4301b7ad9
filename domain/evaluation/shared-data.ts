// Where the real public data is read for training, evaluation, tests and benchmarks: `../shared/data/` beside
// the checkout (sources in its SOURCES.md), read in place, never copied whole into the repository. Node-only
// (an evaluation/ folder: domain/ code elsewhere runs everywhere), used by models/**/training/ as well.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCsvObjects } from "../csv/reader.ts";

const SHARED_DATA = new URL("../../../shared/data/", import.meta.url);

/** The shared data folder as a path, without a trailing slash. */
export const SHARED_DATA_DIR = fileURLToPath(SHARED_DATA).replace(/\/$/, "");

/** A file of the shared data folder, e.g. `sharedDataFile("dvf/geodvf_paris_2023_2025H1.csv.gz")`. */
export const sharedDataFile = (relative: string): URL => new URL(relative, SHARED_DATA);

/** Rows of a comma-separated file with a header line, as records keyed by column name (domain/csv reads it). */
export const readCsv = (path: string): Record<string, string>[] => parseCsvObjects(readFileSync(path, "utf8"));
