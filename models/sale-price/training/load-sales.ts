// Node-side loading of geo-dvf files for training and evaluation: streams the (possibly gzipped) file
// through a fatal UTF-8 decoder into the shared incremental parser, as the Worker does with its chunks.

import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { GeoDvfParser, findInvalidUtf8 } from "../../../domain/sales/geodvf.ts";
import type { ParserOptions, Sale } from "../../../domain/sales/geodvf.ts";
import { sharedDataFile } from "../../../domain/evaluation/shared-data.ts";

export const PARIS_DVF_FILE = sharedDataFile("dvf/geodvf_paris_2023_2025H1.csv.gz");

export async function loadSales(file: URL, options: ParserOptions = {}): Promise<Sale[]> {
  const parser = new GeoDvfParser(options);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const input = createReadStream(file);
  const stream = file.pathname.endsWith(".gz") ? input.pipe(createGunzip()) : input;
  const sales: Sale[] = [];
  let line = 1;
  for await (const bytes of stream as AsyncIterable<Uint8Array>) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const bad = findInvalidUtf8(bytes, line, false);
      throw new Error(`${file.pathname}: invalid UTF-8 on line ${bad?.line ?? line}`);
    }
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
    const batch = parser.feed(text);
    sales.push(...batch.sales);
  }
  sales.push(...parser.feed(decoder.decode()).sales, ...parser.end().sales);
  if (parser.fatal) throw new Error(`${file.pathname}: ${parser.fatal.message}`);
  const { lines, badLines } = parser.stats;
  if (badLines > 0) console.warn(`${file.pathname}: ${badLines} of ${lines} lines rejected`);
  return sales;
}

/** The Paris extract of 2023 to mid-2025, the one data set of the expected-price model. */
export function loadParisSales(): Promise<Sale[]> {
  return loadSales(PARIS_DVF_FILE, { departement: "75", minDate: "2023-01-01", maxDate: "2025-06-30" });
}
