import { exports } from "cloudflare:workers";
import { expect, test } from "vitest";

test("health reports the database and the edge models", async () => {
  const res = await exports.default.fetch("http://local/api/v1/health");
  expect(res.status).toBe(200);
  const body = await res.json<{ database: { reachable: boolean }; models: { loaded: boolean }[] }>();
  expect(body.database.reachable).toBe(true);
  expect(body.models.length).toBeGreaterThan(0);
  expect(body.models.every((m) => m.loaded)).toBe(true);
});
