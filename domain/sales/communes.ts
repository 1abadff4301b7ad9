// The communes a geo-dvf file covers, counted by line as its chunks are cut: what tells a file of another
// city (Hendaye's, say) from a Paris file before anything is imported into a Paris tool. Another city is a
// commune of another département; a line whose commune is not a commune code, or a Paris code that is no
// arrondissement (75199), is a bad line the parser rejects with its reason, not another city. Shared code.
import { parseCsv } from "../csv/reader.ts";
import { GEODVF_COLUMNS } from "./geodvf-row.ts";

export interface CommuneLines {
  code: string;
  name: string;
  lines: number;
  firstLine: number;
}

const CODE = GEODVF_COLUMNS.indexOf("code_commune");
/** A commune code of another département than Paris's (75), e.g. 64260, 2A004. */
const OTHER_CITY = /^(?!75)(\d{5}|2[AB]\d{3})$/;
const NAME = GEODVF_COLUMNS.indexOf("nom_commune");

export class CommuneTally {
  private readonly communes = new Map<string, CommuneLines>();

  /** Counts the data lines of a chunk (a header line, then data lines from file line `firstDataLine`). */
  add(chunkText: string, firstDataLine: number): void {
    for (const record of parseCsv(chunkText)) {
      const code = record.cells?.[CODE]?.trim();
      if (record.line === 1 || !code) continue;
      const seen = this.communes.get(code);
      if (seen) seen.lines++;
      else this.communes.set(code, { code, name: record.cells![NAME]?.trim() ?? "", lines: 1, firstLine: firstDataLine + record.line - 2 });
    }
  }

  /** The communes outside Paris, the most lines first. */
  outsideParis(): CommuneLines[] {
    return [...this.communes.values()].filter((c) => OTHER_CITY.test(c.code)).sort((a, b) => b.lines - a.lines || a.code.localeCompare(b.code));
  }
}
