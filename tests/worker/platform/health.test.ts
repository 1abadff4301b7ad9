import { expect, test } from "vitest";
import { manifest } from "../../../models/artifacts";
import { call } from "../helpers";

test("health reports the version, the database and every edge model with its hash", async () => {
  const res = await call("/api/v1/health");
  expect(res.status).toBe(200);
  const body = await res.json<{ status: string; version: string; database: { reachable: boolean }; models: { id: string; sha256: string; loaded: boolean }[] }>();
  expect(body.status).toBe("ok");
  expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(body.database.reachable).toBe(true);
  const edge = manifest.models.filter((m) => m.runsOn.includes("edge"));
  expect(body.models.map((m) => m.id).sort()).toEqual(edge.map((m) => m.id).sort());
  for (const m of body.models) {
    expect(m.loaded).toBe(true);
    expect(m.sha256).toBe(edge.find((e) => e.id === m.id)!.sha256);
  }
});
