// The shared CSV reader (domain/csv): RFC 4180 quoted cells (delimiter, doubled quotes, line breaks) with the
// line where each record starts, BOM and line-break styles, blank lines, records as written, an unclosed
// quote costing its line only, and text fed in pieces of any size reading as the whole text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvCell } from "../../../domain/csv/cell.ts";
import { CsvReader, parseCsv, parseCsvObjects, type CsvOptions, type CsvRecord } from "../../../domain/csv/reader.ts";

function inPieces(text: string, sizes: number[], options: CsvOptions = {}): CsvRecord[] {
  const reader = new CsvReader(options);
  const records: CsvRecord[] = [];
  for (let at = 0, k = 0; at < text.length; at += sizes[k++ % sizes.length]) records.push(...reader.push(text.slice(at, at + sizes[k % sizes.length])));
  return [...records, ...reader.end()];
}

describe("quoted cells", () => {
  test("hold the delimiter, doubled quotes and line breaks; the next record starts on its own line", () => {
    const text = 'id,street,note\n1,"RUE BOULARD, BIS","he said ""non"""\n2,"two\nlines\nhere",x\n3,,"a;b"\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["id", "street", "note"] },
      { line: 2, cells: ["1", "RUE BOULARD, BIS", 'he said "non"'] },
      { line: 3, cells: ["2", "two\nlines\nhere", "x"], text: '2,"two\nlines\nhere",x' },
      { line: 6, cells: ["3", "", "a;b"] },
    ]);
  });

  test("with `;` as delimiter, a comma is text", () => {
    expect(parseCsv('a;b\n"1;5";2,5\n', { delimiter: ";" }).map((r) => r.cells)).toEqual([["a", "b"], ["1;5", "2,5"]]);
  });

  test("a quote inside an unquoted cell is text", () => {
    const text = 'a,b\n12 "bis",x\n3,4\n';
    expect(parseCsv(text).map((r) => r.cells)).toEqual([["a", "b"], ['12 "bis"', "x"], ["3", "4"]]);
    for (const options of [{}, { keepBlankLines: true, keepText: true }]) expect(inPieces(text, [12, 1], options)).toEqual(parseCsv(text, options));
  });
});

describe("lines", () => {
  test("CRLF, LF inside a CRLF file, a lone CR and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n1,"x\r\ny"\r\n"q\r",4\r\n5,6')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "x\r\ny"], text: '1,"x\r\ny"' },
      { line: 4, cells: ["q\r", "4"] },
      { line: 5, cells: ["5", "6"] },
    ]);
    expect(parseCsv('a,"b\nc"\r\n1,2\n3,4\r\n').map((r) => [r.line, r.cells])).toEqual([[1, ["a", "b\nc"]], [3, ["1", "2"]], [4, ["3", "4"]]]);
    expect(parseCsv("a;b\r1;2\r\r3;4", { delimiter: ";" }).map((r) => [r.line, r.cells])).toEqual([[1, ["a", "b"]], [2, ["1", "2"]], [4, ["3", "4"]]]);
  });

  test("blank lines are skipped, or kept when asked; records as written are kept when asked", () => {
    const text = "a,b\n\n1,\n  \n2,3";
    expect(parseCsv(text)).toEqual([{ line: 1, cells: ["a", "b"] }, { line: 3, cells: ["1", ""] }, { line: 5, cells: ["2", "3"] }]);
    expect(parseCsv(text, { keepBlankLines: true, keepText: true }).map((r) => [r.line, r.text])).toEqual([[1, "a,b"], [2, ""], [3, "1,"], [4, "  "], [5, "2,3"]]);
    expect(parseCsv("h\n1\n", { firstLine: 40 }).map((r) => r.line)).toEqual([40, 41]);
  });

  test("a quote never closed costs its line only, reported with its text; reading goes on at the next line", () => {
    const text = 'a,b\n1,2\n3,"open\n4,5\n6,7\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: null, text: '3,"open' },
      { line: 4, cells: ["4", "5"] },
      { line: 5, cells: ["6", "7"] },
    ]);
    expect(inPieces(text, [1, 3])).toEqual(parseCsv(text));
    expect(parseCsv('"x\n"y\n"z')).toEqual([1, 2, 3].map((line) => ({ line, cells: null, text: ["\"x", "\"y", "\"z"][line - 1] })));
  });
});

/** Tables of 2 to 5 columns whose cells may hold anything the format must carry. */
const cell = fc.array(fc.constantFrom("a", "é", "0", " ", ",", ";", '"', "\n", "\r"), { maxLength: 8 }).map((chars) => chars.join(""));
const tables = fc
  .integer({ min: 2, max: 5 })
  .chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 30 }));

describe("any table", () => {
  test("written with csvCell and any line break, reads back cell for cell, each record on its line", () => {
    fc.assert(
      fc.property(tables, fc.constantFrom("\n", "\r\n"), (rows, lineBreak) => {
        const text = rows.map((cells) => cells.map(csvCell).join(",")).join(lineBreak);
        const records = parseCsv(text, { keepBlankLines: true });
        expect(records.map((r) => r.cells)).toEqual(rows);
        let line = 1;
        rows.forEach((cells, i) => {
          expect(records[i].line).toBe(line);
          line += 1 + cells.join("").split("\n").length - 1;
        });
      }),
      { numRuns: 500 },
    );
  });

  test("fed in pieces of any size, reads as the whole text, also when only the first cells are asked for", () => {
    fc.assert(
      fc.property(tables, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), (rows, sizes) => {
        const text = `${rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
        const whole = parseCsv(text, { keepText: true });
        expect(inPieces(text, sizes, { keepText: true })).toEqual(whole);
        const firstCells = whole.map((r) => ({ ...r, cells: r.cells && r.cells.slice(0, 1) }));
        expect(inPieces(text, sizes, { keepText: true, onlyFirstCell: true })).toEqual(firstCells);
      }),
      { numRuns: 500 },
    );
  });
});

test("a file with a header reads as objects keyed by column name", () => {
  expect(parseCsvObjects('date,TN,TX\n2019-07-25,"21,4",42.6\n2019-07-26,22\n')).toEqual([
    { date: "2019-07-25", TN: "21,4", TX: "42.6" },
    { date: "2019-07-26", TN: "22", TX: "" },
  ]);
  expect(() => parseCsvObjects('a,b\n"1,2\n')).toThrow(/line 2: a double quote is never closed/);
});
