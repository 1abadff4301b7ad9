// Facts that must agree across configuration files: crons, rate limits, generated types and schemas.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { expect, test } from "vitest";
import { modelCardSchema } from "../../../models/cards/schema";
import { schedules } from "../../../workers/src/events/schedules";
import { PUBLIC_WRITE_LIMIT } from "../../../workers/src/platform/limits";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const wranglerToml = readFileSync(`${root}wrangler.toml`, "utf8");

test("every environment's cron triggers are exactly the Worker's schedules", () => {
  const cronLines = [...wranglerToml.matchAll(/^crons = \[(.*)\]$/gm)].map((m) => JSON.parse(`[${m[1]}]`) as string[]);
  expect(cronLines).toHaveLength(3);
  for (const crons of cronLines) expect([...crons].sort()).toEqual(Object.values(schedules).sort());
});

test("every environment's rate limiter has the limit the Worker's local fallback applies", () => {
  const limits = [...wranglerToml.matchAll(/simple = \{ limit = (\d+), period = (\d+) \}/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(limits).toHaveLength(3);
  for (const [limit, period] of limits) expect({ limit, period }).toEqual({ limit: PUBLIC_WRITE_LIMIT.limit, period: PUBLIC_WRITE_LIMIT.periodSeconds });
});

test("the committed Env types match wrangler.toml (wrangler types --check)", () => {
  const out = execFileSync(`${root}node_modules/.bin/wrangler`, ["types", "workers/worker-configuration.d.ts", "--strict-vars=false", "--env-file", ".dev.vars.example", "--check"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  expect(out).toMatch(/up to date/i);
});

test("the exported card JSON Schema is up to date", () => {
  const committed = JSON.parse(readFileSync(`${root}models/cards/card.schema.json`, "utf8"));
  expect(committed).toEqual(z.toJSONSchema(modelCardSchema));
});
