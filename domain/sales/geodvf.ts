// Incremental parser of etalab geo-dvf CSV files (one file per département and year, 40 or 41 columns).
// Text arrives in chunks of any size (a streamed, possibly gzipped file decoded piece by piece); the shared
// CSV reader (domain/csv) keeps only the unfinished record, and the parser the rows of the current sale and
// the ids already seen (to report a sale whose rows are not contiguous; about 1 MB for a year of Paris). It
// groups rows by `id_mutation` and emits a sale when the id changes (and at `end()`). A sale with any bad
// line is rejected whole, with the reasons. Also: a chunker that cuts a file only between sales (for the
// import queue), and the line of the first invalid UTF-8 byte. Shared code: pure TypeScript, no Node modules.

import { CsvReader, parseCsv, type CsvRecord } from "../csv/reader.ts";
import { checkHeader, validateRow } from "./geodvf-row.ts";
import type { DvfRow, LineIssue, RowRules } from "./geodvf-row.ts";
import { aggregateSale, checkSaleConsistency } from "./sale.ts";
import type { Sale } from "./sale.ts";

export type { DvfRow, IssueCode, LineIssue, RowRules } from "./geodvf-row.ts";
export type { Sale } from "./sale.ts";

const LINE_BREAK = /\r?\n|\r/;
/** A long text is read in pieces of this many characters, so that the cells of one piece are dropped before the next. */
const PIECE_CHARS = 64 * 1024;

export interface RejectedSale {
  id: string;
  lines: number[];
  /** The issues that caused the rejection (the sale's own bad lines, or its inconsistent rows). */
  issues: LineIssue[];
}

export interface ParseBatch {
  sales: Sale[];
  rejected: RejectedSale[];
  /** Every issue found, including those of lines that belong to no readable sale. */
  issues: LineIssue[];
}

export interface ParserOptions extends Partial<RowRules> {
  /** File line number of the first data line of this text (2 for a whole file; see `SaleChunk`). */
  firstDataLine?: number;
}

export interface ParserStats {
  lines: number;
  goodRows: number;
  badLines: number;
  sales: number;
  rejectedSales: number;
}

interface PendingSale {
  id: string;
  rows: DvfRow[];
  lines: number[];
  issues: LineIssue[];
}

export class GeoDvfParser {
  /** Set when the whole file is unreadable (header or delimiter); nothing more is parsed. */
  fatal: LineIssue | null = null;
  readonly stats: ParserStats = { lines: 0, goodRows: 0, badLines: 0, sales: 0, rejectedSales: 0 };
  private readonly rules: RowRules;
  private columns = 0;
  private readonly reader = new CsvReader();
  private readonly lineShift: number;
  private pending: PendingSale | null = null;
  private readonly seenIds = new Set<string>();

  constructor(options: ParserOptions = {}) {
    this.rules = { minDate: options.minDate ?? "2014-01-01", maxDate: options.maxDate ?? "9999-12-31", departement: options.departement };
    this.lineShift = (options.firstDataLine ?? 2) - 2;
  }

  /** Parses a piece of text (any cut, even inside a line); returns what became complete. */
  feed(text: string): ParseBatch {
    const batch: ParseBatch = { sales: [], rejected: [], issues: [] };
    if (this.fatal) return batch;
    for (let at = 0; at < text.length; at += PIECE_CHARS) for (const record of this.reader.push(text.slice(at, at + PIECE_CHARS))) this.record(record, batch);
    return batch;
  }

  /** Parses the last line (even without a final newline) and emits the last sale. */
  end(): ParseBatch {
    const batch: ParseBatch = { sales: [], rejected: [], issues: [] };
    if (this.fatal) return batch;
    for (const record of this.reader.end()) this.record(record, batch);
    if (this.columns === 0 && !this.fatal) this.fail({ line: 1, code: "empty_file", message: "no header line" }, batch);
    this.closeSale(batch);
    return batch;
  }

  private fail(issue: LineIssue, batch: ParseBatch): void {
    this.fatal = issue;
    batch.issues.push(issue);
  }

  private record(record: CsvRecord, batch: ParseBatch): void {
    if (this.fatal) return;
    if (this.columns === 0) {
      const header = checkHeader(record.line === 1 ? record.cells : []);
      if (header.ok) this.columns = header.columns;
      else this.fail({ line: 1, code: header.code, message: header.message }, batch);
    } else if (!this.readLinesApart(record, batch)) this.dataLine(record, batch);
  }

  /**
   * A record over several lines (quoted line breaks) is read line by line when it has the wrong number of fields
   * or when one of its lines alone is a whole row: stray quotes that paired up across lines then cost those two
   * lines only, each reported. Returns whether it did so.
   */
  private readLinesApart({ line, cells, text }: CsvRecord, batch: ParseBatch): boolean {
    if (cells === null || text === undefined || !LINE_BREAK.test(text)) return false;
    const texts = text.split(LINE_BREAK);
    // Each line read alone: null when it holds an odd number of quotes (one is left open), else its cells.
    const apart = texts.map((t) => (t.split('"').length % 2 === 0 ? null : (parseCsv(t, { keepBlankLines: true })[0]?.cells ?? [""])));
    if (cells.length === this.columns && !apart.some((c) => c?.length === this.columns)) return false;
    apart.forEach((c, k) => {
      if (c === null || c.length > 1 || c[0].trim() !== "") this.dataLine({ line: line + k, cells: c, text: texts[k] }, batch);
    });
    return true;
  }

  private dataLine({ line: localLine, cells: fields, text }: CsvRecord, batch: ParseBatch): void {
    const line = localLine + this.lineShift;
    this.stats.lines++;
    if (fields === null) {
      this.badLine([{ line, code: "unbalanced_quote", message: "a double quote is left open" }], firstField(text ?? ""), batch);
      return;
    }
    if (fields.length !== this.columns) {
      const message = `${fields.length} fields, expected ${this.columns}${fields.length < this.columns ? " (truncated line?)" : ""}`;
      this.badLine([{ line, code: "field_count", message, saleId: fields[0] || undefined }], fields[0].trim(), batch);
      return;
    }
    const { row, issues } = validateRow(fields, line, this.rules);
    if (row === null) this.badLine(issues, fields[0].trim(), batch);
    else {
      this.stats.goodRows++;
      this.saleFor(row.saleId, line, batch).rows.push(row);
    }
  }

  /** A bad line is reported; if its sale id is readable the whole sale will be rejected. */
  private badLine(issues: LineIssue[], saleId: string, batch: ParseBatch): void {
    this.stats.badLines++;
    batch.issues.push(...issues);
    if (saleId !== "") this.saleFor(saleId, issues[0].line, batch).issues.push(...issues);
  }

  private saleFor(id: string, line: number, batch: ParseBatch): PendingSale {
    if (this.pending?.id === id) {
      this.pending.lines.push(line);
      return this.pending;
    }
    this.closeSale(batch);
    this.pending = { id, rows: [], lines: [line], issues: [] };
    if (this.seenIds.has(id)) {
      const issue: LineIssue = {
        line,
        code: "sale_not_contiguous",
        saleId: id,
        message: `sale ${id} appears again after other sales; its rows must be contiguous`,
      };
      batch.issues.push(issue);
      this.pending.issues.push(issue);
    }
    this.seenIds.add(id);
    return this.pending;
  }

  private closeSale(batch: ParseBatch): void {
    const sale = this.pending;
    this.pending = null;
    if (sale === null) return;
    const issues = sale.issues.length > 0 ? sale.issues : checkSaleConsistency(sale.rows);
    if (issues.length > 0) {
      if (sale.issues.length === 0) batch.issues.push(...issues);
      this.stats.rejectedSales++;
      batch.rejected.push({ id: sale.id, lines: sale.lines, issues });
      return;
    }
    this.stats.sales++;
    batch.sales.push(aggregateSale(sale.rows));
  }
}

function firstField(line: string): string {
  const comma = line.indexOf(",");
  return (comma < 0 ? line : line.slice(0, comma)).replace(/^"/, "").trim();
}

/** Parses a whole text at once (tests, small files). */
export function parseGeoDvf(text: string, options: ParserOptions = {}): ParseBatch & { fatal: LineIssue | null; stats: ParserStats } {
  const parser = new GeoDvfParser(options);
  const first = parser.feed(text);
  const last = parser.end();
  return {
    sales: [...first.sales, ...last.sales],
    rejected: [...first.rejected, ...last.rejected],
    issues: [...first.issues, ...last.issues],
    fatal: parser.fatal,
    stats: parser.stats,
  };
}

/** A self-contained piece of a geo-dvf file: the header line, then whole sales only. */
export interface SaleChunk {
  /** Header line + "\n" + data records, each ending with "\n". */
  text: string;
  /** File line number of the chunk's first data line (give it to `GeoDvfParser` as `firstDataLine`). */
  firstDataLine: number;
  /** UTF-8 size of `text`. Above `maxBytes` only when one sale alone is larger. */
  bytes: number;
}

/**
 * Cuts a streamed geo-dvf text into chunks of at most `maxBytes` UTF-8 bytes (e.g. under the 128 KB queue
 * message limit), only where `id_mutation` changes, each chunk repeating the header. Holds at most one
 * chunk and the current sale. Header problems are left to the parser of each chunk.
 */
export class SaleChunker {
  private header: string | null = null;
  private readonly reader = new CsvReader({ keepBlankLines: true, keepText: true, onlyFirstCell: true });
  private body: string[] = [];
  private bodyBytes = 0;
  private bodyFirstLine = 2;
  private sale: string[] = [];
  private saleBytes = 0;
  private saleFirstLine = 2;
  private saleId: string | null = null;

  constructor(private readonly maxBytes: number) {}

  push(text: string): SaleChunk[] {
    const out: SaleChunk[] = [];
    for (const record of this.reader.push(text)) this.record(record, out);
    return out;
  }

  end(): SaleChunk[] {
    const out: SaleChunk[] = [];
    for (const record of this.reader.end()) this.record(record, out);
    this.closeSale(out);
    this.flush(out);
    return out;
  }

  private record({ line, cells, text = "" }: CsvRecord, out: SaleChunk[]): void {
    if (line === 1) {
      this.header = text;
      return;
    }
    const id = text.trim() === "" ? this.saleId : cells === null ? firstField(text) : cells[0].trim();
    if (id !== this.saleId && this.sale.length > 0) this.closeSale(out);
    if (this.sale.length === 0) {
      this.saleFirstLine = line;
      this.saleId = id;
    }
    this.sale.push(text);
    this.saleBytes += utf8Length(text) + 1;
  }

  private closeSale(out: SaleChunk[]): void {
    if (this.sale.length === 0) return;
    const headerBytes = utf8Length(this.header ?? "") + 1;
    if (this.body.length > 0 && headerBytes + this.bodyBytes + this.saleBytes > this.maxBytes) this.flush(out);
    if (this.body.length === 0) this.bodyFirstLine = this.saleFirstLine;
    this.body.push(...this.sale);
    this.bodyBytes += this.saleBytes;
    this.sale = [];
    this.saleBytes = 0;
  }

  private flush(out: SaleChunk[]): void {
    if (this.body.length === 0) return;
    const text = `${this.header ?? ""}\n${this.body.join("\n")}\n`;
    out.push({ text, firstDataLine: this.bodyFirstLine, bytes: utf8Length(this.header ?? "") + 1 + this.bodyBytes });
    this.body = [];
    this.bodyBytes = 0;
  }
}

/** Number of bytes of a string in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Locates the first byte that is not valid UTF-8 (what a fatal TextDecoder rejects): its offset and the
 * line it is on, counting from `firstLine` for the first byte. A sequence cut by the end of `bytes` is
 * valid unless `final` is set (streamed decoding completes it with the next chunk). Null when all valid.
 */
export function findInvalidUtf8(bytes: Uint8Array, firstLine = 1, final = true): { offset: number; line: number } | null {
  let line = firstLine;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return { offset: i, line };
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return final ? { offset: i, line } : null;
      const c = bytes[i + k];
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) return { offset: i, line };
    }
    i += length;
  }
  return null;
}
