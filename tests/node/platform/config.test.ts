// Facts that must agree across configuration files: crons, rate limits, generated types and schemas.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
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

// `wrangler types --check` ignores --env-file and reads .dev.vars, which a fresh clone does not have: the
// types are generated again beside the committed file (same relative imports) and compared line by line,
// the header's command aside (it names the output path; its hash must match).
test("the committed Env types match wrangler.toml (wrangler types, regenerated and compared)", () => {
  const committedPath = "workers/worker-configuration.d.ts";
  const freshPath = `workers/.worker-configuration.${process.pid}.d.ts`;
  try {
    execFileSync(`${root}node_modules/.bin/wrangler`, ["types", freshPath, "--strict-vars=false", "--env-file", ".dev.vars.example"], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      stdio: "ignore",
    });
    const withoutCommand = (path: string) => readFileSync(`${root}${path}`, "utf8").replace(/running `[^`]*`/, "running <command>");
    expect(withoutCommand(committedPath) === withoutCommand(freshPath), "run `npm run types` and commit the result").toBe(true);
  } finally {
    rmSync(`${root}${freshPath}`, { force: true });
  }
});

test("the exported card JSON Schema is up to date", () => {
  const committed = JSON.parse(readFileSync(`${root}models/cards/card.schema.json`, "utf8"));
  expect(committed).toEqual(z.toJSONSchema(modelCardSchema));
});
