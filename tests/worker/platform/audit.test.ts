// The audit log's hash chain: appends are atomic with the write they document, concurrent appends stay a
// single chain, and /audit/verify finds an altered, a deleted and a reordered entry.
import { env } from "cloudflare:workers";
import { beforeEach, expect, test } from "vitest";
import { verifyChain, withAudit, type AuditEntry } from "../../../workers/src/platform/audit";
import { call, restartAuditChain } from "../helpers";

const entry = (i: number): AuditEntry => ({ actor: `agent-${i}`, role: "heat-agent", action: "test.action", subjectKind: "thing", subjectId: String(i), output: { i } });

beforeEach(async () => {
  await restartAuditChain();
  await env.DB.prepare("CREATE TABLE IF NOT EXISTS audit_probe (id INTEGER PRIMARY KEY)").run();
});

const verify = async () => (await call("/api/v1/audit/verify", { role: "auditor" })).json<{ valid: boolean; entries: number; firstBroken?: { seq: number; reason: string } }>();

test("appends form a valid chain, atomically with the documented write", async () => {
  for (let i = 0; i < 5; i++) await withAudit(env.DB, [entry(i)], [env.DB.prepare("INSERT INTO audit_probe (id) VALUES (?1)").bind(i)]);
  expect(await verify()).toMatchObject({ valid: true, entries: 5 });
  await expect(withAudit(env.DB, [entry(9)], [env.DB.prepare("INSERT INTO audit_probe (id) VALUES (?1)").bind(1)])).rejects.toThrow();
  expect((await verifyChain(env.DB)).entries).toBe(5);
});

test("concurrent appends stay one chain", async () => {
  await Promise.all(Array.from({ length: 12 }, (_, i) => withAudit(env.DB, [entry(i), entry(i + 100)])));
  expect(await verify()).toMatchObject({ valid: true, entries: 24 });
});

/** env.DB with its batches counted, and `beforeFirstBatch` run just before the first one (a concurrent appender). */
function countingDb(beforeFirstBatch: () => Promise<unknown> = async () => {}) {
  const db = { batches: 0, prepare: (sql: string) => env.DB.prepare(sql) } as { batches: number; prepare: D1Database["prepare"]; batch: D1Database["batch"] };
  db.batch = async (statements) => {
    if (db.batches++ === 0) await beforeFirstBatch();
    return env.DB.batch(statements);
  };
  return db;
}

test("an appender that loses the race for a seq retries on the new tail", async () => {
  const db = countingDb(() => withAudit(env.DB, [entry(1)]));
  await withAudit(db as unknown as D1Database, [entry(2)]);
  expect(db.batches).toBe(2);
  expect(await verifyChain(env.DB)).toMatchObject({ valid: true, entries: 2 });
});

test("a failure of the documented write is not retried (only a seq conflict can heal)", async () => {
  await withAudit(env.DB, [entry(1)], [env.DB.prepare("INSERT OR IGNORE INTO audit_probe (id) VALUES (1)")]);
  const db = countingDb();
  await expect(withAudit(db as unknown as D1Database, [entry(2)], [env.DB.prepare("INSERT INTO audit_probe (id) VALUES (1)")])).rejects.toThrow(/UNIQUE/);
  expect(db.batches).toBe(1);
});

test("the log refuses updates, and deletions the anchor has not passed", async () => {
  await withAudit(env.DB, [entry(1), entry(2)]);
  await expect(env.DB.prepare("UPDATE audit_log SET output = '{}'").run()).rejects.toThrow(/append-only/);
  await expect(env.DB.prepare("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)").run()).rejects.toThrow(/append-only/);
  await expect(env.DB.prepare("UPDATE audit_anchor SET seq = seq - 1").run()).rejects.toThrow(/only moves forward/);
  await expect(env.DB.prepare("DELETE FROM audit_anchor").run()).rejects.toThrow(/never removed/);
  expect(await verifyChain(env.DB)).toMatchObject({ valid: true, entries: 2 });
});

/** Six entries, the triggers that guard them dropped; returns their seqs (the chain restarts after the anchor). */
async function tamperable(): Promise<number[]> {
  await withAudit(env.DB, Array.from({ length: 6 }, (_, i) => entry(i)));
  await env.DB.batch(["audit_log_no_update", "audit_log_no_delete"].map((name) => env.DB.prepare(`DROP TRIGGER IF EXISTS ${name}`)));
  return (await env.DB.prepare("SELECT seq FROM audit_log ORDER BY seq").all<{ seq: number }>()).results.map((r) => r.seq);
}

test("an altered entry is found", async () => {
  const seqs = await tamperable();
  await env.DB.prepare(`UPDATE audit_log SET output = '{"i":99}' WHERE seq = ?1`).bind(seqs[3]).run();
  expect(await verify()).toMatchObject({ valid: false, firstBroken: { seq: seqs[3], reason: "hash_mismatch" } });
});

test("a deleted entry is found", async () => {
  const seqs = await tamperable();
  await env.DB.prepare("DELETE FROM audit_log WHERE seq = ?1").bind(seqs[2]).run();
  expect(await verify()).toMatchObject({ valid: false, firstBroken: { seq: seqs[3], reason: "gap_or_reorder" } });
});

test("reordered entries are found", async () => {
  const seqs = await tamperable();
  const rows = (await env.DB.prepare("SELECT * FROM audit_log WHERE seq IN (?1, ?2) ORDER BY seq").bind(seqs[1], seqs[4]).all<Record<string, unknown>>()).results;
  const columns = Object.keys(rows[0]).filter((c) => c !== "seq");
  const swap = (target: number, from: Record<string, unknown>) =>
    env.DB.prepare(`UPDATE audit_log SET ${columns.map((c, i) => `${c} = ?${i + 1}`).join(", ")} WHERE seq = ?${columns.length + 1}`).bind(...columns.map((c) => from[c]), target);
  await env.DB.batch([swap(seqs[1], rows[1]), swap(seqs[4], rows[0])]);
  expect(await verify()).toMatchObject({ valid: false, firstBroken: { seq: seqs[1] } });
});

test("the auditor reads entries; other roles cannot", async () => {
  await withAudit(env.DB, [entry(1)]);
  const res = await call("/api/v1/audit/entries", { role: "auditor" });
  expect(res.status).toBe(200);
  expect((await res.json<{ total: number }>()).total).toBe(1);
  expect((await call("/api/v1/audit/entries", { role: "ops" })).status).toBe(403);
});
