// Importing real geo-dvf files through the API and the queue: Hendaye's (the exact published format, several
// rows per sale, 41 columns) and the 14th arrondissement's (40 columns, Paris: priced and triaged). The same
// file sent again, gzipped or not, creates nothing new.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { parseGeoDvf } from "../../../domain/sales/geodvf";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { count, gzip, HENDAYE, importText, lines, PARIS_14, upload } from "./fixtures";

test("Hendaye's file: every sale is imported with all its rows folded; the three rows without a price are reported", async () => {
  const expected = parseGeoDvf(HENDAYE);
  const result = await importText(HENDAYE, "hendaye.csv");
  expect(result.rowsRead).toBe(2575);
  expect(result.salesImported).toBe(expected.sales.length);
  expect(result.salesImported + result.salesRejected).toBe(2423);
  expect(result.salesRejected).toBe(3);
  expect(result.linesRejected).toBe(3);
  const noPrice = lines(HENDAYE).flatMap((line, i) => (line.split(",")[4] === "" ? [i + 1] : []));
  expect(result.rejectedLines.items.map((r) => [r.line, r.code, r.column])).toEqual(noPrice.map((line) => [line, "missing_price", "valeur_fonciere"]));
  expect(result.salesScored).toBe(0);
  expect(result.casesOpened).toBe(0);
  expect(result.progress).toBe(1);
  const several = expected.sales.find((s) => s.rows > 2)!;
  const row = await env.DB.prepare("SELECT data, in_scope, scope_issues, expected_price FROM sales WHERE id = ?1").bind(several.id).first<{ data: string; in_scope: number; scope_issues: string; expected_price: number | null }>();
  expect(JSON.parse(row!.data)).toEqual(several);
  expect(row!.in_scope).toBe(0);
  expect(JSON.parse(row!.scope_issues)).toContain("outside_paris");
  expect(row!.expected_price).toBeNull();
});

test("the 14th arrondissement's file, gzipped: Paris sales are priced at the edge and triaged; each score and case audited", async () => {
  const expected = parseGeoDvf(PARIS_14);
  const result = await importText(await gzip(PARIS_14), "75114.csv.gz");
  expect(result.rowsRead).toBe(908);
  expect(result.salesImported).toBe(expected.sales.length);
  expect(result.salesRejected).toBe(0);
  const inScope = await count("SELECT count(*) AS n FROM sales WHERE import_id = ?1 AND in_scope = 1", result.id);
  expect(inScope).toBeGreaterThan(300);
  expect(result.salesScored).toBe(inScope);
  expect(await count("SELECT count(*) AS n FROM sales WHERE import_id = ?1 AND in_scope = 1 AND expected_price > 0 AND model_id = 'sale-price'", result.id)).toBe(inScope);
  expect(result.casesOpened).toBe(await count("SELECT count(*) AS n FROM sales_cases WHERE import_id = ?1", result.id));
  expect(result.casesOpened).toBeGreaterThan(0);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.price-score' AND model_id = 'sale-price' AND model_version IS NOT NULL AND input_hash IS NOT NULL")).toBe(inScope);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.case-opened'")).toBe(result.casesOpened);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.import-accepted' AND subject_id = ?1", result.id)).toBe(1);
  const raw = await env.UPLOADS.get(`sales/raw/${(await env.DB.prepare("SELECT sha256 FROM sales_imports WHERE id = ?1").bind(result.id).first<string>("sha256"))!}`);
  expect(raw?.httpMetadata?.contentType).toBe("application/gzip");
  expect(await env.UPLOADS.list({ prefix: "sales/chunks/" }).then((l) => l.objects.length)).toBe(0);
});

test("re-importing the same file creates nothing; the same sales in another file are recognised, not duplicated", async () => {
  const snapshot = () => Promise.all(["sales", "sales_cases", "sales_imports", "audit_log", "sales_import_rejections"].map((t) => count(`SELECT count(*) AS n FROM ${t}`)));
  const before = await snapshot();
  const again = await upload(await gzip(PARIS_14));
  expect(again.status).toBe(200);
  const body = await again.json<{ id: string; status: string; salesImported: number }>();
  expect(body.status).toBe("completed");
  expect(await snapshot()).toEqual(before);

  const plain = await importText(PARIS_14);
  expect(plain.id).not.toBe(body.id);
  expect(plain.salesImported).toBe(0);
  expect(plain.salesAlreadyKnown).toBe(body.salesImported);
  expect(plain.salesScored).toBe(0);
  expect(plain.casesOpened).toBe(0);
  const after = await snapshot();
  expect(after[0]).toBe(before[0]);
  expect(after[1]).toBe(before[1]);
  expect(after[2]).toBe(before[2] + 1);
  expect(after[3]).toBe(before[3] + 1);
});

test("the import list shows every import, newest first; an unknown import is a 404", async () => {
  const res = await upload(PARIS_14, { role: "ops" });
  expect(res.status).toBe(200);
  const list = await (await call("/api/v1/sales/imports", { role: "tax-agent" })).json<{ items: { id: string; fileName: string | null; createdAt: string }[]; total: number }>();
  expect(list.total).toBe(3);
  expect(list.items.map((i) => i.fileName)).toEqual([null, "75114.csv.gz", "hendaye.csv"]);
  const missing = await call("/api/v1/sales/imports/imp-unknown", { role: "tax-agent" });
  expect(missing.status).toBe(404);
  expect((await missing.json<ErrorBody>()).error.code).toBe("not_found");
});
