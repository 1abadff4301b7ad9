// Fixtures of the climate Worker tests: people inserted straight into D1 with the hazards and arrondissement they
// chose, official documents pushed through the ops routes, and waits on the real queue.
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { sealFactors } from "../../../workers/src/heat/factors-at-rest";
import { call } from "../helpers";

export interface Registrant {
  id: string;
  hazards: string[];
  arrondissement?: number;
  channels?: string[];
  factors?: Record<string, unknown>;
}

/** Inserts registrations straight into D1, their factors sealed as the Worker stores them. */
export async function insertRegistrants(people: Registrant[], expiresAt = "2099-09-15T22:00:00.000Z") {
  const sealed = await Promise.all(people.map((p) => sealFactors(env, p.id, p.factors ?? { birthYear: 1940 })));
  const rows = people.map((p, i) => [
    p.id, "x".repeat(64), `salt-${p.id}`, `Personne ${p.id}`, `+336399${String(80000 + i).padStart(5, "0")}`, `${p.id}@example.org`,
    JSON.stringify(p.channels ?? ["sms"]), JSON.stringify(p.hazards), p.arrondissement ?? 11, sealed[i], "test", "2026-01-01T00:00:00.000Z", expiresAt,
  ]);
  await env.DB.prepare(
    `INSERT INTO heat_registrations (id, secret_hash, input_salt, name, phone, email, channels, hazards, arrondissement, factors, consent_text, consent_at, created_at, expires_at)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 11, value ->> 11, value ->> 12
     FROM json_each(?1)`,
  ).bind(JSON.stringify(rows)).run();
}

export const push = (path: "vigilance" | "seine" | "pollution", document: unknown, query = "?replay=true", role: "ops" | "heat-agent" = "ops") =>
  call(`/api/v1/climate/${path}${query}`, { method: "POST", role, json: document });

export const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;

/** Pushes a document and waits until the pipeline has handled it; returns its outcome by hazard. */
export async function pushed(path: "vigilance" | "seine" | "pollution", document: unknown): Promise<Record<string, { kind: string; level: string | null; episodeId?: string; round?: { number: number } }>> {
  const res = await push(path, document);
  expect(res.status, await res.clone().text()).toBe(202);
  const { inputId } = await res.json<{ inputId: string }>();
  await expect.poll(() => count("SELECT count(*) AS n FROM climate_inputs WHERE id = ?1 AND processed_at IS NOT NULL", inputId), { timeout: 20_000, interval: 100 }).toBe(1);
  const row = await env.DB.prepare("SELECT outcome FROM climate_inputs WHERE id = ?1").bind(inputId).first<{ outcome: string }>();
  return (JSON.parse(row!.outcome) as { hazards: Record<string, { kind: string; level: string | null; episodeId?: string }> }).hazards;
}

/** Hub'Eau `observations_tr` for Paris-Austerlitz: heights in millimetres, newest first. */
export const hubeau = (observations: [string, number][]) => ({
  count: observations.length,
  first: "https://hubeau.eaufrance.fr/api/v2/hydrometrie/observations_tr?code_entite=F700000103&grandeur_hydro=H",
  api_version: "2.0.1",
  data: [...observations].reverse().map(([at, mm]) => ({ code_site: "F7000001", code_station: "F700000103", grandeur_hydro: "H", date_obs: at, resultat_obs: mm, code_qualification_obs: 16 })),
});
