// The model registry over HTTP, and the ONNX models running inside workerd.
import { expect, test } from "vitest";
import { manifest } from "../../../models/artifacts";
import { call } from "../helpers";

const current = manifest.models.filter((m) => m.current);

test("the registry lists every model version with its hash", async () => {
  const body = await (await call("/api/v1/models")).json<{ models: { id: string; sha256: string; file: string }[] }>();
  expect(body.models.map((m) => m.id).sort()).toEqual(manifest.models.map((m) => m.id).sort());
});

test.each(current.map((m) => [m.id, m] as const))("%s: card, file with ETag and immutable caching, 304", async (_, m) => {
  const card = await (await call(`/api/v1/models/${m.id}`)).json<{ id: string; artifact: { sha256: string } }>();
  expect(card.id).toBe(m.id);
  expect(card.artifact.sha256).toBe(m.sha256);
  const file = await call(`/api/v1/models/${m.id}/${m.version}/model.onnx`);
  expect(file.status).toBe(200);
  expect(file.headers.get("ETag")).toBe(`"${m.sha256}"`);
  expect(file.headers.get("Cache-Control")).toContain("immutable");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
  expect(digest).toBe(m.sha256);
  const again = await call(`/api/v1/models/${m.id}/${m.version}/model.onnx`, { headers: { "If-None-Match": `"${m.sha256}"` } });
  expect(again.status).toBe(304);
});

test.each(current.map((m) => [m.id, m] as const))("%s: the card's reference examples give the recorded outputs at the edge", async (_, m) => {
  const check = await (await call(`/api/v1/models/${m.id}/${m.version}/check`)).json<{ ok: boolean; maxAbsDiff: number; examples: unknown[] }>();
  expect(check.examples.length).toBeGreaterThan(0);
  expect(check.maxAbsDiff).toBeLessThanOrEqual(1e-6);
  expect(check.ok).toBe(true);
});

test("predict runs feature rows for ops and refuses rows of the wrong width", async () => {
  const m = current[0];
  const row = m.features.map(() => 0);
  const res = await call(`/api/v1/models/${m.id}/${m.version}/predict`, { method: "POST", role: "ops", json: { rows: [row, row.map(() => 1)] } });
  expect(res.status).toBe(200);
  const { outputs } = await res.json<{ outputs: number[] }>();
  expect(outputs).toHaveLength(2);
  expect(outputs.every(Number.isFinite)).toBe(true);
  const bad = await call(`/api/v1/models/${m.id}/${m.version}/predict`, { method: "POST", role: "ops", json: { rows: [[1, 2]] } });
  expect(bad.status).toBe(400);
  expect((await call(`/api/v1/models/${m.id}/${m.version}/predict`, { method: "POST", json: { rows: [row] } })).status).toBe(401);
});

test("predict refuses null features for a model that takes no missing value, naming them, and answers numbers only", async () => {
  const logistic = current.find((m) => m.id === "heat-risk")!;
  const nulls = logistic.features.map(() => null);
  const res = await call(`/api/v1/models/${logistic.id}/${logistic.version}/predict`, { method: "POST", role: "ops", json: { rows: [logistic.features.map(() => 0), nulls] } });
  expect(res.status).toBe(400);
  const { error } = await res.json<{ error: { fields: { field: string }[] } }>();
  expect(error.fields[0].field).toBe("rows.1.0");
  const huge = await call(`/api/v1/models/${logistic.id}/${logistic.version}/predict`, { method: "POST", role: "ops", json: { rows: [logistic.features.map((_, j) => (j === 3 ? 1e39 : 0))] } });
  expect(huge.status).toBe(400);
  expect((await huge.json<{ error: { fields: { field: string }[] } }>()).error.fields.map((f) => f.field)).toEqual(["rows.0.3"]);
  const trees = current.find((m) => m.id === "sale-price")!;
  const missing = await call(`/api/v1/models/${trees.id}/${trees.version}/predict`, { method: "POST", role: "ops", json: { rows: [trees.features.map(() => null)] } });
  expect(missing.status).toBe(200);
  const { outputs } = await missing.json<{ outputs: unknown[] }>();
  expect(outputs).toHaveLength(1);
  expect(outputs.every((o) => typeof o === "number" && Number.isFinite(o))).toBe(true);
});
