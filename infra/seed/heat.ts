// Heat demo data: the demo register (500 synthetic people drawn with the cohort generator, committed in
// data/heat/register.json) inserted with fixed ids, and a forecast from the real July 2019 heatwave at
// Paris-Montsouris sent through the API as a replay, so the pipeline opens an episode, scores the register and
// queues the messages. SQL cannot encrypt, so the register's health factors go in as plaintext and are sealed with
// the local keyring at once through the Worker's re-encryption route, before the forecast is sent (the same path
// that encrypts rows from before encryption in production). All are idempotent: fixed ids, the same forecast twice
// is one, and sealed rows are not sealed again. Every demo person keeps
// heat, cold and flood alerts (the pages' defaults); every third also chose pollution advice, every fourth storms,
// so `npm run climate:replay` reaches someone for every hazard.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Hazard } from "../../domain/climate/hazards";
import { parseCsvObjects } from "../../domain/csv/reader";
import { registrationExpiry } from "../../workers/src/heat/season";
import type { DemoPerson } from "./data/heat/generate";
import type { ApiSeed, Seed } from "./index";

const dataFile = (name: string) => fileURLToPath(new URL(`./data/heat/${name}`, import.meta.url));
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const sql = (value: string | number | null) => (value === null ? "NULL" : typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`);

/** Demo secrets are derived from the id (reg-demo-0001 → demo-secret-0001): the demo register is not personal data. */
export const demoSecret = (id: string) => id.replace("reg-demo-", "demo-secret-");

export const heatRegisterSeed: Seed = {
  name: "heat-register",
  statements() {
    const people = JSON.parse(readFileSync(dataFile("register.json"), "utf8")) as DemoPerson[];
    const now = new Date().toISOString();
    return people.map((p, i) => {
      const hazards: Hazard[] = ["heat", "cold", "flood", ...(i % 3 === 0 ? (["pollution"] as const) : []), ...(i % 4 === 0 ? (["storm"] as const) : [])];
      const values = [
        p.id, sha256(demoSecret(p.id)), sha256(`demo-salt-${p.id}`), p.name, p.phone, p.email, JSON.stringify(p.channels), JSON.stringify(hazards), p.arrondissement,
        p.contact?.name ?? null, p.contact?.phone ?? null, JSON.stringify(p.factors), "demo-seed", now, now, registrationExpiry(hazards, new Date()).toISOString(),
      ];
      return `INSERT OR IGNORE INTO heat_registrations (id, secret_hash, input_salt, name, phone, email, channels, hazards, arrondissement, contact_name, contact_phone, factors, consent_text, consent_at, created_at, expires_at) VALUES (${values.map(sql).join(", ")});`;
    });
  },
};

export const heatRegisterSealSeed: ApiSeed = {
  name: "heat-register-seal",
  async run(baseUrl, token) {
    let afterSeq = 0;
    let sealed = 0;
    for (;;) {
      const res = await fetch(`${baseUrl}/api/v1/heat/factors/reencrypt?limit=500&afterSeq=${afterSeq}`, { method: "POST", headers: { Authorization: `Bearer ${await token("ops")}` } });
      if (res.status !== 200) throw new Error(`re-encryption refused: HTTP ${res.status} ${await res.text()}`);
      const report = (await res.json()) as { reencrypted: number; nextAfterSeq: number | null; remaining: number; keyId: string };
      sealed += report.reencrypted;
      if (report.nextAfterSeq === null) return `${sealed} registrations' health factors sealed with key ${report.keyId} (${report.remaining} left)`;
      afterSeq = report.nextAfterSeq;
    }
  },
};

const ISSUE_DAY = "2019-07-24";

/** The forecast issued on 24 July 2019: the two days before and five after, as observed (a perfect forecast). */
export function demoForecast() {
  const days = parseCsvObjects(readFileSync(dataFile("montsouris-2019-07.csv"), "utf8")).map((row) => ({ date: row.date, tn: Number(row.TN), tx: Number(row.TX) }));
  const issue = days.findIndex((d) => d.date === ISSUE_DAY);
  return {
    departement: "75",
    source: "Météo-France, Paris-Montsouris observations (demo replay of July 2019)",
    issuedAt: `${ISSUE_DAY}T06:00:00+02:00`,
    replay: true,
    days: days.slice(issue - 2, issue + 6),
  };
}

export const heatDemoForecastSeed: ApiSeed = {
  name: "heat-demo-forecast",
  async run(baseUrl, token) {
    const res = await fetch(`${baseUrl}/api/v1/heat/forecasts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await token("ops")}`, "Content-Type": "application/json" },
      body: JSON.stringify(demoForecast()),
    });
    if (res.status !== 202) throw new Error(`forecast refused: HTTP ${res.status} ${await res.text()}`);
    const receipt = (await res.json()) as { duplicate: boolean };
    return `${receipt.duplicate ? "already received" : "sent"}: forecast of ${ISSUE_DAY} (July 2019 heatwave); demo register person reg-demo-0001 opens with secret ${demoSecret("reg-demo-0001")}`;
  },
};
