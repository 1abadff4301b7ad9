// Real geo-dvf files read in place for the sales tests (see ../shared/data/SOURCES.md).

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { sharedDataFile } from "../../../domain/evaluation/shared-data";

const DVF = sharedDataFile("dvf/");

export const HENDAYE = "geodvf_64260_hendaye_2019_2023.csv";
export const PARIS_14_2020H1 = "geodvf_75114_2020H1.csv";
export const PARIS_2023_2025H1 = "geodvf_paris_2023_2025H1.csv.gz";

export function dvfBytes(file: string): Uint8Array {
  const bytes = readFileSync(new URL(file, DVF));
  return file.endsWith(".gz") ? gunzipSync(bytes) : bytes;
}

export function dvfText(file: string): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(dvfBytes(file));
}

/** Data lines of a CSV text (header and trailing empty line left out). */
export function dataLines(text: string): string[] {
  return text.split("\n").slice(1).filter((l) => l !== "");
}
