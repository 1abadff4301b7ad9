// geo-dvf parser: the three real files, chunked feeding, the sale-boundary chunker, malformed inputs and
// the location of invalid UTF-8 bytes.

import { describe, expect, test } from "vitest";
import { GeoDvfParser, SaleChunker, findInvalidUtf8, parseGeoDvf, utf8Length } from "../../../domain/sales/geodvf.ts";
import type { ParseBatch } from "../../../domain/sales/geodvf.ts";
import { HENDAYE, PARIS_14_2020H1, PARIS_2023_2025H1, dataLines, dvfBytes, dvfText } from "./fixtures.ts";

const hendaye = dvfText(HENDAYE);
const paris14 = dvfText(PARIS_14_2020H1);

function distinctIds(text: string): number {
  return new Set(dataLines(text).map((l) => l.split(",")[0])).size;
}

function feedInPieces(text: string, sizes: number[]): ParseBatch {
  const parser = new GeoDvfParser();
  const all: ParseBatch = { sales: [], rejected: [], issues: [] };
  const add = (b: ParseBatch) => {
    all.sales.push(...b.sales);
    all.rejected.push(...b.rejected);
    all.issues.push(...b.issues);
  };
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = sizes[k % sizes.length];
    add(parser.feed(text.slice(at, at + size)));
    at += size;
  }
  add(parser.end());
  return all;
}

/** Replaces one field of the data line `lineNumber` (1-based file line). */
function withField(text: string, lineNumber: number, column: number, value: string): string {
  const lines = text.split("\n");
  const fields = lines[lineNumber - 1].split(",");
  fields[column] = value;
  lines[lineNumber - 1] = fields.join(",");
  return lines.join("\n");
}

describe("real files", () => {
  test("Hendaye: 2,575 rows in 2,423 sales; the three rows without a price reject their sale", () => {
    const r = parseGeoDvf(hendaye);
    expect(r.fatal).toBeNull();
    expect(r.stats.lines).toBe(2575);
    expect(r.sales.length + r.rejected.length).toBe(2423);
    expect(distinctIds(hendaye)).toBe(2423);
    const emptyPriceLines = dataLines(hendaye).filter((l) => l.split(",")[4] === "").length;
    expect(r.rejected.length).toBe(emptyPriceLines);
    expect(r.issues.every((i) => i.code === "missing_price")).toBe(true);
    expect(r.sales.reduce((s, sale) => s + sale.rows, 0)).toBe(2575 - emptyPriceLines);
    const multi = r.sales.find((s) => s.id === "2019-969906");
    expect(multi).toMatchObject({ rows: 3, dwellings: 3, dwellingSurface: 29 + 27 + 27, price: 14489, section: "64260000AB" });
    expect(multi?.firstDwelling?.surface).toBe(29);
  });

  test("Paris 14th 2020-H1: 908 rows, grouped into sales with dependencies", () => {
    const r = parseGeoDvf(paris14, { departement: "75" });
    expect(r.stats.lines).toBe(908);
    expect(r.issues).toEqual([]);
    expect(r.sales.length).toBe(distinctIds(paris14));
    expect(r.sales.reduce((s, sale) => s + sale.rows, 0)).toBe(908);
    expect(r.sales.every((s) => s.arrondissement === 14)).toBe(true);
    const dependencyRows = dataLines(paris14).filter((l) => l.split(",")[30] === "Dépendance").length;
    expect(r.sales.reduce((s, sale) => s + sale.dependencies, 0)).toBe(dependencyRows);
  });

  test("Paris 2023–2025H1 extract: 67,292 rows, one sale each, no issue", () => {
    const text = dvfText(PARIS_2023_2025H1);
    const r = parseGeoDvf(text, { departement: "75", minDate: "2023-01-01", maxDate: "2025-06-30" });
    expect(r.stats.lines).toBe(67292);
    expect(r.sales.length).toBe(67292);
    expect(r.issues).toEqual([]);
    const arrondissements = new Set(r.sales.map((s) => s.arrondissement));
    expect([...arrondissements].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe("incremental parsing", () => {
  test("any cut of the text (inside lines and sales, CRLF too) gives the same sales", () => {
    const whole = parseGeoDvf(hendaye);
    for (const sizes of [[1, 7, 4096], [333], [50_000, 13]]) {
      const pieces = feedInPieces(hendaye, sizes);
      expect(pieces.sales).toEqual(whole.sales);
      expect(pieces.rejected).toEqual(whole.rejected);
    }
    const crlf = feedInPieces(paris14.replaceAll("\n", "\r\n"), [97]);
    expect(crlf.sales).toEqual(parseGeoDvf(paris14).sales);
  });

  test("the chunker cuts only between sales; chunks parsed apart give the whole file's sales and lines", () => {
    const maxBytes = 8_000;
    const chunker = new SaleChunker(maxBytes);
    const chunks = [];
    for (let at = 0; at < paris14.length; at += 1_000) chunks.push(...chunker.push(paris14.slice(at, at + 1_000)));
    chunks.push(...chunker.end());
    expect(chunks.length).toBeGreaterThan(10);
    const header = paris14.split("\n")[0];
    const whole = parseGeoDvf(paris14);
    const fromChunks = chunks.flatMap((chunk) => {
      expect(chunk.text.startsWith(`${header}\n`)).toBe(true);
      expect(chunk.bytes).toBe(utf8Length(chunk.text));
      const sales = parseGeoDvf(chunk.text, { firstDataLine: chunk.firstDataLine }).sales;
      if (chunk.bytes > maxBytes) expect(sales).toHaveLength(1);
      return sales;
    });
    expect(fromChunks).toEqual(whole.sales);
    const multiRow = whole.sales.filter((s) => s.rows > 1).length;
    expect(multiRow).toBeGreaterThan(50);
  });

  test("a sale larger than the limit gets a chunk of its own", () => {
    const chunker = new SaleChunker(300);
    const chunks = [...chunker.push(paris14), ...chunker.end()];
    const bigSale = parseGeoDvf(paris14).sales.find((s) => s.rows >= 4);
    const own = chunks.find((c) => c.firstDataLine === bigSale?.firstLine);
    expect(own?.bytes).toBeGreaterThan(300);
    expect(parseGeoDvf(own?.text ?? "").sales.length).toBe(1);
  });
});

describe("malformed inputs", () => {
  test("a wrong delimiter or header stops the whole file", () => {
    const semicolons = parseGeoDvf(paris14.replaceAll(",", ";"));
    expect(semicolons.fatal?.code).toBe("wrong_delimiter");
    expect(semicolons.sales).toEqual([]);
    const renamed = parseGeoDvf(paris14.replace("valeur_fonciere", "prix"));
    expect(renamed.fatal).toMatchObject({ code: "wrong_header", line: 1 });
    expect(parseGeoDvf("").fatal?.code).toBe("empty_file");
  });

  test("bad lines are reported with their line and reason; their sales are rejected, the others kept", () => {
    const whole = parseGeoDvf(paris14);
    let text = paris14;
    text = withField(text, 10, 31, "12x5");
    text = withField(text, 20, 4, "-5000");
    text = withField(text, 30, 1, "2020-02-30");
    text = withField(text, 40, 1, "2012-05-01");
    text = withField(text, 50, 10, "75121");
    text = withField(text, 60, 12, "92");
    text = withField(text, 70, 38, "200.5");
    const r = parseGeoDvf(text);
    const expected = {
      10: "bad_number",
      20: "negative_value",
      30: "bad_date",
      40: "date_out_of_range",
      50: "unknown_commune",
      60: "commune_departement_mismatch",
      70: "bad_coordinates",
    };
    expect([...new Set(r.issues.map((i) => i.line))]).toEqual(Object.keys(expected).map(Number));
    const rejectedLines = r.rejected.flatMap((s) => s.lines);
    for (const [line, code] of Object.entries(expected)) {
      expect(r.issues.filter((i) => i.line === Number(line)).map((i) => i.code)).toContain(code);
      expect(rejectedLines).toContain(Number(line));
    }
    const touched = new Set(r.rejected.map((s) => s.id));
    expect(r.sales).toEqual(whole.sales.filter((s) => !touched.has(s.id)));
  });

  test("a good line of a sale is rejected with the sale's bad line", () => {
    const sale = parseGeoDvf(paris14).sales.find((s) => s.rows >= 3);
    if (!sale) throw new Error("fixture has no three-row sale");
    const r = parseGeoDvf(withField(paris14, sale.lastLine, 31, "abc"));
    const rejected = r.rejected.find((s) => s.id === sale.id);
    expect(rejected?.lines).toEqual(Array.from({ length: sale.rows }, (_, i) => sale.firstLine + i));
    expect(rejected?.issues.map((i) => i.line)).toEqual([sale.lastLine]);
    expect(r.sales.some((s) => s.id === sale.id)).toBe(false);
  });

  test("a price that differs within a sale rejects it as inconsistent", () => {
    const sale = parseGeoDvf(paris14).sales.find((s) => s.rows >= 2);
    if (!sale) throw new Error("fixture has no multi-row sale");
    const r = parseGeoDvf(withField(paris14, sale.firstLine + 1, 4, String(sale.price + 1)));
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0].issues[0]).toMatchObject({ code: "inconsistent_price", line: sale.firstLine + 1, saleId: sale.id });
  });

  test("missing id, truncated line, open quote and a sale split by another are reported", () => {
    const lines = paris14.split("\n");
    lines[4] = lines[4].replace(/^[^,]*/, "");
    lines[8] = lines[8].slice(0, 60);
    lines[12] = lines[12].replace(",Vente,", ',"Vente,');
    const r = parseGeoDvf(lines.join("\n"));
    expect(r.issues.find((i) => i.line === 5)?.code).toBe("missing_id");
    expect(r.issues.find((i) => i.line === 9)?.code).toBe("field_count");
    expect(r.issues.find((i) => i.line === 13)?.code).toBe("unbalanced_quote");
    const twice = [...dataLines(hendaye).slice(0, 5), ...dataLines(hendaye).slice(0, 1)];
    const again = parseGeoDvf([hendaye.split("\n")[0], ...twice].join("\n"));
    expect(again.issues.map((i) => i.code)).toEqual(["sale_not_contiguous"]);
  });

  test("a file cut in the middle of its last line reports that line as truncated", () => {
    const cut = paris14.slice(0, paris14.length - 40);
    const r = parseGeoDvf(cut);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "field_count", line: 909 });
  });

  test("quoted fields holding commas are read as one field", () => {
    const line = dataLines(paris14)[0].replace(",RUE BOULARD,", ',"RUE BOULARD, BIS",');
    const r = parseGeoDvf(`${paris14.split("\n")[0]}\n${line}\n`);
    expect(r.sales[0].address.street).toBe("RUE BOULARD, BIS");
  });

  test("quoted fields holding quotes and line breaks are read as one field; the lines after keep their numbers", () => {
    const lines = paris14.split("\n");
    const street = lines[1].split(",")[7];
    lines[1] = lines[1].replace(`,${street},`, `,"${street}\nESCALIER ""B"", 2E ÉTAGE",`);
    const edited = lines.join("\n");
    const whole = parseGeoDvf(paris14);
    for (const r of [parseGeoDvf(edited), feedInPieces(edited.replaceAll("\n", "\r\n").replace("\r\nESCALIER", "\nESCALIER"), [1, 7, 4096])]) {
      expect(r.issues).toEqual([]);
      expect(r.sales[0].address.street).toBe(`${street}\nESCALIER "B", 2E ÉTAGE`);
      expect(r.sales.map((sale) => [sale.id, sale.firstLine, sale.lastLine])).toEqual(
        whole.sales.map((sale) => [sale.id, sale.firstLine + (sale.firstLine > 2 ? 1 : 0), sale.lastLine + (sale.lastLine > 2 ? 1 : 0)]),
      );
    }
    const chunker = new SaleChunker(2_000);
    const chunks = [...chunker.push(edited), ...chunker.end()];
    expect(chunks[0].text).toContain(`"${street}\nESCALIER ""B"", 2E ÉTAGE"`);
    expect(chunks.flatMap((chunk) => parseGeoDvf(chunk.text, { firstDataLine: chunk.firstDataLine }).sales)).toEqual(parseGeoDvf(edited).sales);
  });

  test("stray quotes that pair up across lines cost those lines alone, each reported", () => {
    const lines = paris14.split("\n");
    lines[20] = lines[20].replace(",Vente,", ',"Vente,');
    lines[30] = lines[30].replace(",Vente,", ',Vente",');
    const r = parseGeoDvf(lines.join("\n"));
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([[21, "unbalanced_quote"], [31, "unbalanced_quote"]]);
    expect(r.stats.lines).toBe(908);
    const hit = new Set(r.rejected.map((s) => s.id));
    expect(r.sales).toEqual(parseGeoDvf(paris14).sales.filter((s) => !hit.has(s.id)));
  });
});

describe("invalid UTF-8", () => {
  test("the line of the first invalid byte is found where a fatal TextDecoder fails", () => {
    const bytes = dvfBytes(HENDAYE).slice();
    expect(findInvalidUtf8(bytes)).toBeNull();
    const lineStarts = [0];
    bytes.forEach((b, i) => b === 0x0a && lineStarts.push(i + 1));
    const offset = lineStarts[1233] + 20;
    bytes[offset] = 0xe9;
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(findInvalidUtf8(bytes)).toEqual({ offset, line: 1234 });
    const chunk = bytes.subarray(lineStarts[1200]);
    expect(findInvalidUtf8(chunk, 1201)?.line).toBe(1234);
  });

  test("a character cut by the end of a streamed chunk is not an error unless it is the end", () => {
    const accented = new TextEncoder().encode("Dépendance");
    const cut = accented.subarray(0, 2);
    expect(findInvalidUtf8(cut, 1, false)).toBeNull();
    expect(findInvalidUtf8(cut, 1, true)).toEqual({ offset: 1, line: 1 });
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ offset: 0, line: 1 });
  });
});
