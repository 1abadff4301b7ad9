// Heat benchmark (`npm run bench`): an alert episode opening for 20,000 registered people through the real
// pipeline in a local `wrangler dev` — forecast POST, forecast event, episode, chunk events scoring everyone
// with the heat-risk ONNX model at the edge, call list and outbox written in bulk with one chained audit entry per
// chunk recording each of its scores.
// Timed until every call and queued message is in D1: from the episode's opening (the throughput of the opening
// itself, the goal's measure), and from the forecast POST (adding the queue's batching wait before the forecast
// event is delivered, a fixed latency set by max_batch_timeout); and until every message is sent by the local
// provider. Reference, measured in the same run: a plain D1 batch insert of the same number of call-list rows
// (one prepared INSERT per row, one `batch()`), in a second `wrangler dev` with its own D1. Prints the
// throughputs and their ratios to the reference (goal: at least 0.5).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addDays } from "../domain/time/days";
import { factorsFromPerson } from "../domain/heat/register-factors";
import { generateCohort } from "../models/heat-risk/training/cohort";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import { signAgentToken } from "../workers/src/platform/auth";
import { fmt } from "./stats";

const PEOPLE = 20_000;
const root = fileURLToPath(new URL("../", import.meta.url));
const wrangler = join(root, "node_modules/.bin/wrangler");
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 20,000 synthetic people of the cohort generator, as SQL inserts of 100 rows each (D1 caps a statement at 100 KB); returns the messages expected. */
function registerSql(file: string): number {
  const cohort = generateCohort({ seed: 2031, n: PEOPLE });
  const channels = (i: number) => (i % 10 < 6 ? ["sms"] : i % 10 < 9 ? ["voice"] : ["sms", "email"]);
  const rows = cohort.people.map((person, i) => {
    const id = `reg-bench-${i}`;
    const values = [
      id, "0".repeat(64), `salt-${i}`, `Personne ${i}`, `+3363998${String(i % 10_000).padStart(4, "0")}`, `p${i}@example.org`,
      JSON.stringify(channels(i)), Number(cohort.iris[i].slice(3, 5)), JSON.stringify(factorsFromPerson(person, 2026)),
      "bench", "2026-06-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z", "2099-09-15T22:00:00.000Z",
    ].map((v) => (typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`));
    return `(${values.join(", ")})`;
  });
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    statements.push(
      `INSERT INTO heat_registrations (id, secret_hash, input_salt, name, phone, email, channels, arrondissement, factors, consent_text, consent_at, created_at, expires_at) VALUES ${rows.slice(i, i + 100).join(",\n")};`,
    );
  }
  writeFileSync(file, statements.join("\n"));
  return cohort.people.reduce((n, _, i) => n + channels(i).length, 0);
}

interface Episode {
  id: string;
  openedAt: string;
  rounds: { round: number; calls: number }[];
  messages: { pending: number; sent: number };
}

interface PipelineTimes {
  /** From the episode's opening (server clock, same machine) to the last call and message in D1. */
  openingSeconds: number;
  /** From the forecast POST to the last call and message in D1. */
  queuedSeconds: number;
  sentSeconds: number;
  messages: number;
}

async function pipelineRun(): Promise<PipelineTimes> {
  const stack = await startLocalStack();
  try {
    const sqlFile = join(stack.persistDir, "register.sql");
    const messages = registerSql(sqlFile);
    execFileSync(wrangler, ["d1", "execute", "DB", "--local", "--persist-to", stack.persistDir, "--file", sqlFile], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    const token = await signAgentToken({ id: "bench", roles: ["ops"] }, stack.jwtSecret);
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    await fetch(`${stack.baseUrl}/api/v1/health`);
    const day = "2003-08-05";
    const forecast = {
      source: "bench", issuedAt: `${day}T06:00:00+02:00`, replay: true,
      days: [-1, 0, 1, 2, 3].map((k) => ({ date: addDays(day, k), tn: 23, tx: 37 })),
    };
    const start = performance.now();
    const startedAt = Date.now();
    const res = await fetch(`${stack.baseUrl}/api/v1/heat/forecasts`, { method: "POST", headers, body: JSON.stringify(forecast) });
    if (res.status !== 202) throw new Error(`forecast refused: ${res.status} ${await res.text()}`);
    let queuedSeconds = 0;
    let openingSeconds = 0;
    for (;;) {
      const page = (await (await fetch(`${stack.baseUrl}/api/v1/heat/episodes`, { headers })).json()) as { items: Episode[] };
      const episode = page.items[0];
      const calls = episode?.rounds[0]?.calls ?? 0;
      const queued = episode ? episode.messages.pending + episode.messages.sent : 0;
      if (!queuedSeconds && calls === PEOPLE && queued === messages) {
        queuedSeconds = (performance.now() - start) / 1000;
        openingSeconds = queuedSeconds - (Date.parse(episode.openedAt) - startedAt) / 1000;
      }
      if (queuedSeconds && episode.messages.sent === messages) return { openingSeconds, queuedSeconds, sentSeconds: (performance.now() - start) / 1000, messages };
      if (performance.now() - start > 600_000) throw new Error(`pipeline did not finish: ${calls} calls, ${queued} messages`);
      await pause(50);
    }
  } finally {
    await stack.stop();
  }
}

/** The plain insert, inside workerd against local D1, timed from outside (performance.now is coarse in workerd). */
const REFERENCE_WORKER = `
export default {
  async fetch(request, env) {
    const n = Number(new URL(request.url).searchParams.get("rows"));
    await env.DB.prepare("DELETE FROM heat_calls").run();
    const insert = env.DB.prepare("INSERT INTO heat_calls (id, episode_id, round, registration_id, risk, model_id, model_version, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    const statements = [];
    for (let i = 0; i < n; i++) {
      statements.push(insert.bind("ep75-bench-r1-reg-" + i, "ep75-bench", 1, "reg-" + i, 0.001 * (i % 997), "heat-risk", "1.0.0", "2026-07-01T00:00:00.000Z"));
    }
    await env.DB.batch(statements);
    const { n: count } = await env.DB.prepare("SELECT count(*) AS n FROM heat_calls").first();
    return Response.json({ rows: count });
  },
};`;

async function referenceRuns(times: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), "recoque-heat-ref-"));
  writeFileSync(join(dir, "worker.js"), REFERENCE_WORKER);
  writeFileSync(
    join(dir, "wrangler.toml"),
    `name = "heat-bench-reference"\nmain = "worker.js"\ncompatibility_date = "2026-04-20"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_name = "reference"\ndatabase_id = "00000000-0000-4000-8000-000000000001"\nmigrations_dir = "${join(root, "infra/migrations")}"\n`,
  );
  execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir, "--config", join(dir, "wrangler.toml")], { cwd: dir, stdio: "ignore" });
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const dev = spawn(wrangler, ["dev", "--config", join(dir, "wrangler.toml"), "--ip", "127.0.0.1", "--port", String(port), "--persist-to", dir, "--show-interactive-dev-session=false"], {
    cwd: dir, stdio: "ignore", detached: true,
  });
  const url = `http://127.0.0.1:${port}/?rows=${PEOPLE}`;
  try {
    for (let i = 0; ; i++) {
      const probe = await fetch(`http://127.0.0.1:${port}/?rows=1`).catch(() => null);
      if (probe?.ok) break;
      if (probe) throw new Error(`the reference worker failed: ${probe.status} ${await probe.text()}`);
      if (i > 400) throw new Error("the reference worker did not start");
      await pause(250);
    }
    const seconds: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      const body = (await (await fetch(url)).json()) as { rows: number };
      seconds.push((performance.now() - start) / 1000);
      if (body.rows !== PEOPLE) throw new Error(`reference inserted ${body.rows} rows`);
    }
    return seconds;
  } finally {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
    await pause(300);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pipeline = await pipelineRun();
const reference = median(await referenceRuns(3));
const rate = (seconds: number) => PEOPLE / seconds;
console.log(`\n## Heat: episode opening for ${PEOPLE.toLocaleString("en-GB")} registered people vs a plain D1 batch insert of as many rows\n`);
console.log("| measure | seconds | people (rows) per second | ratio to plain insert |");
console.log("|---|---:|---:|---:|");
console.log(`| plain D1 batch insert of ${PEOPLE} call-list rows (median of 3) | ${fmt(reference)} | ${fmt(rate(reference), 0)} | 1.00 |`);
console.log(`| episode opening: everyone scored, call list and ${pipeline.messages} messages queued, from the opening | ${fmt(pipeline.openingSeconds)} | ${fmt(rate(pipeline.openingSeconds), 0)} | ${fmt(reference / pipeline.openingSeconds)} |`);
console.log(`| the same from the forecast POST (with the queue's batching wait) | ${fmt(pipeline.queuedSeconds)} | ${fmt(rate(pipeline.queuedSeconds), 0)} | ${fmt(reference / pipeline.queuedSeconds)} |`);
console.log(`| … until every message is sent by the local provider | ${fmt(pipeline.sentSeconds)} | ${fmt(rate(pipeline.sentSeconds), 0)} | ${fmt(reference / pipeline.sentSeconds)} |`);
const ratio = reference / pipeline.openingSeconds;
console.log(`\nGoal: episode opening throughput at least 0.5 × the plain insert rate — ${fmt(ratio)}, ${ratio >= 0.5 ? "met" : "NOT met"}.`);
