// The one CSV reader of Recoque (RFC 4180: cells in double quotes may hold the delimiter, "" for a quote, and
// line breaks), on PapaParse's parser: whole texts, or text fed in pieces of any size (a streamed file)
// keeping only the unfinished record. Each record comes with the line where it starts, so the readers above
// it (geo-dvf sales, household files, training data) name lines as a text editor does. A double quote that
// is never closed costs its line only: the line is reported (cells: null) and reading goes on at the next.
// Shared code (Worker, browser, Node).
import Papa from "papaparse";

export interface CsvRecord {
  /** 1-based line where the record starts (records with quoted line breaks span several lines). */
  line: number;
  /** The cells, unquoted; null when a double quote opened on this line is never closed. */
  cells: string[] | null;
  /** The record as written, without its final line break: with `keepText`, and always for a record that spans
   * several lines or holds an unclosed quote (so a reader above can read its lines again one by one). */
  text?: string;
}

export interface CsvOptions {
  /** "," by default. */
  delimiter?: string;
  /** Line number of the first line of the text (1 by default; a chunk of a file starts further on). */
  firstLine?: number;
  /** Also return blank lines, as records of one empty cell (they are skipped by default). */
  keepBlankLines?: boolean;
  /** Keep each record's text as written (to cut a file between records). */
  keepText?: boolean;
  /** Give each record its first cell only (faster, for grouping records by their first column). */
  onlyFirstCell?: boolean;
}

const QUOTE = '"';

/** The line break of a text, from its first one outside quotes: "\n" (also for "\r\n", whose "\r" is dropped)
 * or a lone "\r"; null while none is seen. */
function lineBreakOf(text: string): "\n" | "\r" | null {
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === QUOTE) quotes++;
    else if (c === "\n" && quotes % 2 === 0) return "\n";
    else if (c === "\r" && quotes % 2 === 0) return i + 1 === text.length ? null : text[i + 1] === "\n" ? "\n" : "\r";
  }
  return null;
}

const countOf = (text: string, part: string) => {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
};

export class CsvReader {
  private readonly options: CsvOptions;
  private parser: Papa.Parser | null = null;
  private lineBreak: "\n" | "\r" = "\n";
  private nextLine: number;
  /** Text from the start of the unfinished record. */
  private carry = "";
  /** Whether `carry` holds an odd number of double quotes (a quoted cell still open, in well-formed CSV). */
  private quoteOpen = false;

  constructor(options: CsvOptions = {}) {
    this.options = options;
    this.nextLine = options.firstLine ?? 1;
  }

  /** Reads a piece of text (any cut, even inside a record); returns the records it completed. */
  push(text: string): CsvRecord[] {
    if (this.parser === null) {
      const start = (this.carry + text).replace(/^\uFEFF/, "");
      const lineBreak = lineBreakOf(start);
      this.carry = lineBreak === null ? start : "";
      if (lineBreak === null) return [];
      this.startParser(lineBreak);
      return this.read(start);
    }
    if (this.quoteOpen && !text.includes(QUOTE)) {
      this.carry += text;
      return [];
    }
    return this.read(this.carry + text);
  }

  /** Reads what is left (a last record without a line break); an unclosed quote costs its line only. */
  end(): CsvRecord[] {
    if (this.parser === null) this.startParser("\n");
    // Text added while a quote looked open may hold whole records after all (a quote inside a cell is text).
    const records = this.quoteOpen ? this.read(this.carry) : [];
    while (this.carry !== "") {
      const rest = this.carry;
      this.carry = "";
      const result = this.parser!.parse(rest, 0, false);
      if (!result.errors.some((e: Papa.ParseError) => e.code === "MissingQuotes")) {
        records.push(...this.records(result.data, rest));
        break;
      }
      const cut = rest.indexOf(this.lineBreak);
      const text = cut < 0 ? rest : rest.slice(0, cut);
      records.push({ line: this.nextLine++, cells: null, text: text.endsWith("\r") ? text.slice(0, -1) : text });
      if (cut >= 0) records.push(...this.read(rest.slice(cut + 1)));
    }
    this.quoteOpen = false;
    return records;
  }

  private startParser(lineBreak: "\n" | "\r"): void {
    this.lineBreak = lineBreak;
    this.parser = new Papa.Parser({ delimiter: this.options.delimiter ?? ",", newline: lineBreak, quoteChar: QUOTE });
  }

  /** Parses the complete records at the start of `input`; keeps the unfinished one in `carry`. */
  private read(input: string): CsvRecord[] {
    if (this.options.onlyFirstCell && !input.includes(QUOTE)) {
      const end = input.lastIndexOf(this.lineBreak) + 1;
      this.carry = input.slice(end);
      this.quoteOpen = false;
      return this.firstCells(input.slice(0, end));
    }
    const result = this.parser!.parse(input, 0, true);
    this.carry = input.slice(result.meta.cursor);
    this.quoteOpen = this.carry.includes(QUOTE) && countOf(this.carry, QUOTE) % 2 === 1;
    return this.records(result.data, input);
  }

  /** The records of whole lines without a quote (one record a line), with their first cell only. */
  private firstCells(lines: string): CsvRecord[] {
    const { delimiter = ",", keepBlankLines = false, keepText = false } = this.options;
    const records: CsvRecord[] = [];
    for (let start = 0, end = lines.indexOf(this.lineBreak); end >= 0; start = end + 1, end = lines.indexOf(this.lineBreak, start)) {
      const line = this.nextLine++;
      const text = lines.slice(start, this.lineBreak === "\n" && lines[end - 1] === "\r" ? end - 1 : end);
      if (!keepBlankLines && text.trim() === "") continue;
      const cut = text.indexOf(delimiter);
      const cells = [cut < 0 ? text : text.slice(0, cut)];
      records.push(keepText ? { line, cells, text } : { line, cells });
    }
    return records;
  }

  /** The records of parsed rows, numbered; `input` is the text they were parsed from. */
  private records(rows: string[][], input: string): CsvRecord[] {
    const { keepBlankLines = false, keepText = false } = this.options;
    const records: CsvRecord[] = [];
    // Without a quote in the text, a record is one line and a last cell ending in "\r" ends in "\r\n".
    const quoted = input.includes(QUOTE);
    let offset = 0;
    for (const cells of rows) {
      let lines = 1;
      if (quoted) for (const cell of cells) if (cell.includes(this.lineBreak)) lines += countOf(cell, this.lineBreak);
      let end = -1;
      if (keepText || quoted) {
        end = input.indexOf(this.lineBreak, offset);
        for (let k = 1; k < lines && end >= 0; k++) end = input.indexOf(this.lineBreak, end + 1);
        if (end < 0) end = input.length;
      }
      const last = cells.length - 1;
      const crlf = cells[last].endsWith("\r") && (!quoted || (input[end - 1] === "\r" && input[end - 2] !== QUOTE));
      if (crlf) cells[last] = cells[last].slice(0, -1);
      const line = this.nextLine;
      this.nextLine += lines;
      const text = keepText || lines > 1 ? input.slice(offset, input[end - 1] === "\r" ? end - 1 : end) : undefined;
      offset = end + 1;
      if (!keepBlankLines && cells.length === 1 && cells[0].trim() === "") continue;
      if (this.options.onlyFirstCell) cells.length = 1;
      records.push(text === undefined ? { line, cells } : { line, cells, text });
    }
    return records;
  }
}

/** Reads a whole text. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const reader = new CsvReader(options);
  return [...reader.push(text), ...reader.end()];
}

/**
 * Reads a text whose first line names the columns, as one object per record keyed by column name (a missing
 * cell is ""). Throws on an unclosed quote, which only a damaged file has.
 */
export function parseCsvObjects(text: string, options: Pick<CsvOptions, "delimiter"> = {}): Record<string, string>[] {
  const [header, ...records] = parseCsv(text, options);
  return records.map(({ line, cells }) => {
    if (header?.cells == null || cells === null) throw new Error(`line ${line}: a double quote is never closed`);
    return Object.fromEntries(header.cells.map((name, i) => [name, cells[i] ?? ""]));
  });
}
