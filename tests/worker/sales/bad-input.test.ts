// Bad input. File-level problems (wrong header or delimiter, bytes that are not UTF-8, truncated gzip, too
// large raw or decompressed, empty) answer a 4xx in the standard error body naming the file and the line, and
// leave nothing behind: no import, no sale, no R2 object, no event, no audit entry. Line-level problems
// (non-numeric and negative values, unknown communes, dates out of range) keep every good sale and report
// each bad line with its number and reason; the other rows of a rejected sale are reported too.
import { env } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import { MAX_TEXT_BYTES, MAX_UPLOAD_BYTES } from "../../../workers/src/sales/settings";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { count, fileOf, gzip, importText, lines, PARIS_14, setColumn, upload } from "./fixtures";

const [HEADER, ...DATA] = lines(PARIS_14);
const SAMPLE = DATA.slice(0, 39);

/** A gzip file that decompresses to more than `bytes` of valid lines, compressed as it is generated. */
async function gzipBomb(bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const block = new TextEncoder().encode(`${DATA[0]}\n`.repeat(4000));
  let produced = 0;
  const text = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(`${HEADER}\n`)),
    pull: (controller) => {
      if (produced > bytes) return controller.close();
      controller.enqueue(block);
      produced += block.length;
    },
  });
  return new Uint8Array(await new Response(text.pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
}

async function nothingWritten() {
  expect(await count("SELECT count(*) AS n FROM sales_imports")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM sales")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'sales.%'")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM processed_events WHERE event_type LIKE 'sales.%'")).toBe(0);
  expect((await env.UPLOADS.list({ prefix: "sales/" })).objects).toEqual([]);
}

async function refused(body: BodyInit, status: number, ...fragments: string[]) {
  const res = await upload(body);
  expect(res.status).toBe(status);
  const { error } = await res.json<ErrorBody>();
  expect(error.requestId).toBeTruthy();
  expect(error.fields?.[0].field).toBe("file");
  for (const fragment of fragments) expect(`${error.message} ${error.fields?.[0].message}`).toContain(fragment);
  await nothingWritten();
}

describe("file-level problems: a clear 4xx, nothing imported", () => {
  test("wrong header: a renamed column, a missing column", async () => {
    await refused(fileOf(HEADER.replace("valeur_fonciere", "prix"), SAMPLE), 400, "line 1", "wrong_header", "column 5", "valeur_fonciere");
    await refused(fileOf(HEADER.split(",").slice(0, 30).join(","), SAMPLE), 400, "wrong_header", "30 columns");
  });

  test("wrong delimiter: a semicolon-separated export", async () => {
    await refused(fileOf(HEADER.replaceAll(",", ";"), SAMPLE.map((l) => l.replaceAll(",", ";"))), 400, "line 1", "wrong_delimiter", '";"');
  });

  test("the field error gives the problem's code, and its line when it has one, for the console to translate", async () => {
    const fieldOf = async (body: BodyInit) => (await (await upload(body)).json<ErrorBody>()).error.fields?.[0];
    expect(await fieldOf(fileOf(HEADER.replaceAll(",", ";"), SAMPLE))).toMatchObject({ field: "file", code: "wrong_delimiter", line: 1 });
    const headerOnly = await fieldOf(`${HEADER}\n`);
    expect(headerOnly).toMatchObject({ field: "file", code: "no_data" });
    expect(headerOnly).not.toHaveProperty("line");
    await nothingWritten();
  });

  test("bytes that are not UTF-8 (a Latin-1 é on line 6), plain and gzipped", async () => {
    const text = new TextEncoder().encode(fileOf(HEADER, SAMPLE));
    const lineStarts = [0, ...Array.from(text).flatMap((b, i) => (b === 0x0a ? [i + 1] : []))];
    const latin1 = new Uint8Array(text);
    latin1[lineStarts[5] + 3] = 0xe9;
    await refused(latin1, 400, "line 6", "invalid_utf8");
    await refused(await gzip(latin1), 400, "line 6", "invalid_utf8");
  });

  test("a truncated gzip file", async () => {
    const whole = await gzip(PARIS_14);
    await refused(whole.slice(0, Math.floor(whole.length * 0.6)), 400, "gzip", "truncated");
    await refused(whole.slice(0, whole.length - 4), 400, "gzip", "truncated");
  });

  test("over the size limit, raw or once decompressed", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect((await res.json<ErrorBody>()).error.code).toBe("payload_too_large");
    await refused(await gzipBomb(MAX_TEXT_BYTES + 1024), 413, `${MAX_TEXT_BYTES} bytes`);
  });

  test("an empty body, or a header without data", async () => {
    const res = await upload("");
    expect(res.status).toBe(400);
    await refused(`${HEADER}\n`, 400, "no data line");
  });
});

describe("line-level problems: good lines kept, bad lines reported with their number and reason", () => {
  test("non-numeric and negative values, unknown commune, dates out of range, bad rows of a multi-row sale", async () => {
    const edited = [...SAMPLE];
    const at = (line: number) => line - 2;
    edited[at(3)] = setColumn(edited[at(3)], 4, "545OOO");
    edited[at(4)] = setColumn(edited[at(4)], 31, "-18");
    edited[at(5)] = setColumn(edited[at(5)], 10, "75199");
    edited[at(6)] = setColumn(edited[at(6)], 1, "2099-01-06");
    edited[at(7)] = setColumn(edited[at(7)], 1, "2013-06-30");
    edited[at(8)] = setColumn(edited[at(8)], 1, "2020-02-30");
    edited[at(10)] = setColumn(edited[at(10)], 32, "trois");
    const result = await importText(fileOf(HEADER, edited));
    const reasons = result.rejectedLines.items.map((r) => [r.line, r.code, r.column]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [3, "bad_number", "valeur_fonciere"],
        [4, "negative_value", "surface_reelle_bati"],
        [5, "unknown_commune", "code_commune"],
        [6, "date_out_of_range", "date_mutation"],
        [7, "date_out_of_range", "date_mutation"],
        [8, "bad_date", "date_mutation"],
        [10, "bad_number", "nombre_pieces_principales"],
        [11, "sale_rejected", null],
      ]),
    );
    expect(result.rejectedLines.items.find((r) => r.line === 11)?.message).toContain("line 10");
    expect(result.linesRejected).toBe(8);
    const badSales = new Set([3, 4, 5, 6, 7, 8, 10].map((line) => edited[at(line)].split(",")[0]));
    const allSales = new Set(SAMPLE.map((l) => l.split(",")[0]));
    expect(result.salesRejected).toBe(badSales.size);
    expect(result.salesImported).toBe(allSales.size - badSales.size);
    expect(await count("SELECT count(*) AS n FROM sales")).toBe(allSales.size - badSales.size);
    for (const id of badSales) expect(await count("SELECT count(*) AS n FROM sales WHERE id = ?1", id)).toBe(0);
  });

  test("quoted cells may hold commas, quotes and line breaks; the lines after keep their file numbers", async () => {
    const edited = DATA.slice(100, 139);
    const [id, street] = [edited[0].split(",")[0], edited[0].split(",")[7]];
    edited[0] = setColumn(edited[0], 7, `"${street}, ""BIS""\nESC. B"`);
    edited[10] = setColumn(edited[10], 4, "douze");
    const result = await importText(fileOf(HEADER, edited));
    expect(result.rowsRead).toBe(edited.length);
    expect(result.rejectedLines.items.filter((r) => r.code !== "sale_rejected").map((r) => [r.line, r.code, r.column])).toEqual([[13, "bad_number", "valeur_fonciere"]]);
    const stored = await env.DB.prepare("SELECT data FROM sales WHERE id = ?1").bind(id).first<string>("data");
    expect(JSON.parse(stored!).address.street).toBe(`${street}, "BIS"\nESC. B`);
  });
});
