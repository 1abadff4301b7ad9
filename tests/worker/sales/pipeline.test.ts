// The import pipeline inside the Worker: each expected price is the edge model's output through the shared
// feature code; price cases open exactly below the configured share of the expected price; a quick resale
// of the same lot opens a case even across imports; a duplicated chunk event (another event id, same chunk)
// writes nothing twice; an upload stopped before its chunk events were all published, or whose chunk failed
// for good, resumes when the same file is sent again.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { contexts } from "../../../models/artifacts";
import { encodeRows, featureDefinition } from "../../../models/features";
import { modelSurface, type SaleFeatureContext } from "../../../models/sale-price/features";
import { parseGeoDvf } from "../../../domain/sales/geodvf";
import { DEFAULT_TRIAGE_THRESHOLDS } from "../../../domain/sales/triage";
import worker from "../../../workers/src/index";
import { edgeModels } from "../../../workers/src/inference/registry";
import { importChunk } from "../../../workers/src/sales/chunks";
import { chunkEvent } from "../../../workers/src/sales/events";
import { sha256Hex } from "../../../workers/src/platform/hash";
import { call } from "../helpers";
import { completed, count, fileOf, importText, lines, PARIS_14, setColumn, status, upload } from "./fixtures";

const [HEADER, ...DATA] = lines(PARIS_14);

async function deliver(body: unknown) {
  const batch = createMessageBatch("recoque-events", [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body }]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

test("every expected price is the edge model's output for the sale's shared features", async () => {
  await importText(PARIS_14);
  const sales = parseGeoDvf(PARIS_14).sales;
  const { results } = await env.DB.prepare("SELECT id, expected_price FROM sales WHERE in_scope = 1 ORDER BY id").all<{ id: string; expected_price: number }>();
  const sample = results.filter((_, i) => i % 25 === 0);
  const model = await edgeModels.load("sale-price");
  const context = contexts["sale-price@1.0.0"] as SaleFeatureContext;
  const chosen = sample.map((r) => sales.find((s) => s.id === r.id)!);
  const rows = encodeRows(featureDefinition("sale-price"), chosen, context);
  const outputs = await model.run(rows);
  chosen.forEach((sale, i) => {
    expect(sample[i].expected_price / (Math.exp(outputs[i]) * modelSurface(sale)!)).toBeCloseTo(1, 6);
  });
});

test("a price case opens exactly where declared / expected is below the threshold in force, with its score", async () => {
  const below = await count("SELECT count(*) AS n FROM sales WHERE in_scope = 1 AND price_ratio < ?1", DEFAULT_TRIAGE_THRESHOLDS.openBelowShareOfExpected);
  expect(below).toBeGreaterThan(0);
  expect(await count("SELECT count(*) AS n FROM sales_cases WHERE rule = 'price_below_expected'")).toBe(below);
  const mismatched = await count(
    "SELECT count(*) AS n FROM sales_cases c JOIN sales s ON s.id = c.sale_id WHERE c.rule = 'price_below_expected' AND (abs(c.score - (1 - s.price_ratio)) > 1e-9 OR c.model_id IS NOT 'sale-price')",
  );
  expect(mismatched).toBe(0);
  const evidence = await env.DB.prepare("SELECT evidence FROM sales_cases LIMIT 1").first<string>("evidence");
  expect(JSON.parse(evidence!).thresholds.openBelowShareOfExpected).toBe(DEFAULT_TRIAGE_THRESHOLDS.openBelowShareOfExpected);
});

async function manualChunk(id: string, text: string) {
  const sha = id.padEnd(64, "0");
  const key = `sales/chunks/${sha}/0`;
  await env.UPLOADS.put(key, text);
  await env.DB.prepare(
    `INSERT INTO sales_imports (id, sha256, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at)
     VALUES (?1, ?2, 'none', ?3, ?3, 0, '2026-01-01', 'processing', 1, 'test', '2026-01-01T00:00:00Z')`,
  ).bind(id, sha, text.length).run();
  return { importId: id, index: 0, key, firstDataLine: 2 };
}

test("the opening share is configurable: a higher share opens more cases, an invalid one is refused", async () => {
  await env.DB.batch(["sales_cases", "sales"].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
  const chunk = await manualChunk("imp-threshold", PARIS_14);
  const configured = { ...env, SALES_CASE_THRESHOLD: "0.6" } as Env;
  await importChunk(configured, chunk);
  const below = await count("SELECT count(*) AS n FROM sales WHERE in_scope = 1 AND price_ratio < 0.6");
  expect(below).toBeGreaterThan(await count("SELECT count(*) AS n FROM sales WHERE in_scope = 1 AND price_ratio < ?1", DEFAULT_TRIAGE_THRESHOLDS.openBelowShareOfExpected));
  expect(await count("SELECT count(*) AS n FROM sales_cases WHERE rule = 'price_below_expected' AND import_id = 'imp-threshold'")).toBe(below);
  const invalid = await manualChunk("imp-invalid", fileOf(HEADER, DATA.slice(0, 5)));
  await expect(importChunk({ ...env, SALES_CASE_THRESHOLD: "1.5" } as Env, invalid)).rejects.toThrow("SALES_CASE_THRESHOLD");
});

test("a duplicated chunk event (another id, the same chunk) writes nothing twice", async () => {
  const text = fileOf(HEADER, DATA.slice(0, 60).map((line) => line.replace(/^2020-/, "2020-9")));
  const chunk = await manualChunk("imp-duplicate", text);
  const event = chunkEvent(chunk);
  const before = await count("SELECT count(*) AS n FROM audit_log");
  for (const body of [event, { ...event, id: `${event.id}:copy` }, event]) expect((await deliver(body)).explicitAcks).toHaveLength(1);
  const sales = await count("SELECT count(*) AS n FROM sales WHERE import_id = 'imp-duplicate'");
  expect(sales).toBe(new Set(DATA.slice(0, 60).map((l) => l.split(",")[0])).size);
  const scored = await count("SELECT count(*) AS n FROM sales WHERE import_id = 'imp-duplicate' AND expected_price IS NOT NULL");
  const cases = await count("SELECT count(*) AS n FROM sales_cases WHERE import_id = 'imp-duplicate'");
  expect(await count("SELECT count(*) AS n FROM audit_log")).toBe(before + scored + cases);
  expect(await count("SELECT count(*) AS n FROM sales_import_chunks WHERE import_id = 'imp-duplicate'")).toBe(1);
  await expect.poll(() => count("SELECT count(*) AS n FROM sales_imports WHERE id = 'imp-duplicate' AND status = 'completed'"), { timeout: 20_000 }).toBe(1);
});

test("a quick resale of the same lot opens a case on the later sale, even when the earlier one came in another import", async () => {
  const ids = DATA.map((line) => line.split(",")[0]);
  const first = DATA.find((line, i) => {
    const f = line.split(",");
    return f[30] === "Appartement" && f[18] !== "" && f[3] === "Vente" && ids.indexOf(f[0]) === i && ids.lastIndexOf(f[0]) === i;
  })!;
  const f = first.split(",");
  const resale = setColumn(setColumn(setColumn(first, 0, "2020-999001"), 1, "2020-11-15"), 4, String(Number(f[4]) * 2));
  const sameSaleAgain = setColumn(setColumn(setColumn(first, 0, "2020-999002"), 1, "2020-12-01"), 4, String(Number(f[4]) * 2.1));
  const result = await importText(fileOf(HEADER, [resale, sameSaleAgain]));
  expect(result.salesImported).toBe(2);
  const row = await env.DB.prepare("SELECT score, evidence, sale_date FROM sales_cases WHERE id = 'qr-2020-999001'").first<{ score: number; evidence: string }>();
  expect(row).not.toBeNull();
  expect(row!.score).toBeCloseTo(0.5, 9);
  expect(JSON.parse(row!.evidence)).toMatchObject({ kind: "quick_resale", previousId: f[0], ratio: 2 });
  expect(await count("SELECT count(*) AS n FROM sales_cases WHERE id = 'qr-2020-999002'")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.case-opened' AND subject_id = 'qr-2020-999001'")).toBe(1);
  expect(result.casesOpened).toBeGreaterThanOrEqual(1);
});

test("an upload stopped before its chunk events were published resumes when the same file is sent again", async () => {
  const data = DATA.slice(100, 140).map((line) => line.replace(/^2020-/, "2020-8"));
  const text = fileOf(HEADER, data);
  const sha = await sha256Hex(new TextEncoder().encode(text));
  const id = `imp-${sha.slice(0, 24)}`;
  await env.UPLOADS.put(`sales/chunks/${sha}/0`, text, { customMetadata: { firstDataLine: "2" } });
  await env.DB.prepare(
    `INSERT INTO sales_imports (id, sha256, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at)
     VALUES (?1, ?2, ?3, ?4, ?4, 0, '2026-01-01', 'processing', 1, 'test', '2026-01-01T00:00:00Z')`,
  ).bind(id, sha, `sales/raw/${sha}`, text.length).run();
  const res = await upload(text);
  expect(res.status).toBe(200);
  expect((await res.json<{ id: string }>()).id).toBe(id);
  const done = await completed(id);
  expect(done.salesImported).toBe(new Set(data.map((l) => l.split(",")[0])).size);
  expect(await count("SELECT count(*) AS n FROM sales_imports WHERE id = ?1 AND published_at IS NOT NULL", id)).toBe(1);
});

test("an import whose chunk failed for good is reported stalled, and sending the same file again resumes it", async () => {
  const data = DATA.slice(140, 170).map((line) => line.replace(/^2020-/, "2020-7"));
  const text = fileOf(HEADER, data);
  const sha = await sha256Hex(new TextEncoder().encode(text));
  const id = `imp-${sha.slice(0, 24)}`;
  const chunk = { importId: id, index: 0, key: `sales/chunks/${sha}/0`, firstDataLine: 2 };
  await env.UPLOADS.put(chunk.key, text, { customMetadata: { firstDataLine: "2" } });
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO sales_imports (id, sha256, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at, published_at)
       VALUES (?1, ?2, ?3, ?4, ?4, 0, '2026-01-01', 'processing', 1, 'test', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).bind(id, sha, `sales/raw/${sha}`, text.length),
    // What the dead-letter consumer records when the chunk's event has exhausted its retries.
    env.DB.prepare("INSERT INTO dead_events (event_id, event_type, body, attempts, received_at) VALUES (?1, 'sales.import-chunk', ?2, 11, '2026-01-01T01:00:00Z')")
      .bind(chunkEvent(chunk).id, JSON.stringify(chunkEvent(chunk))),
  ]);
  const stalled = await status(id);
  expect(stalled).toMatchObject({ status: "stalled", failedChunks: [0], chunksDone: 0 });
  const listed = await call("/api/v1/sales/imports?limit=100", { role: "ops" });
  expect((await listed.json<{ items: { id: string; status: string }[] }>()).items.find((i) => i.id === id)?.status).toBe("stalled");

  const res = await upload(text);
  expect(res.status).toBe(200);
  expect(await count("SELECT count(*) AS n FROM dead_events WHERE event_id = ?1", chunkEvent(chunk).id)).toBe(0);
  const done = await completed(id);
  expect(done).toMatchObject({ status: "completed", failedChunks: [] });
  expect(done.salesImported).toBe(new Set(data.map((l) => l.split(",")[0])).size);
});
