// Fixtures of the heat Worker tests: forecasts built around an issue day, people registered straight into D1
// (the public route is rate-limited) or through the API, and waits on the real queue.
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { addDays } from "../../../domain/time/days";
import { parisDay } from "../../../domain/time/paris";
import { sealFactors } from "../../../workers/src/heat/factors-at-rest";
import { call } from "../helpers";

/** TN/TX pairs that grade the issue day: green (cool), orange (IBMn ≥ 20, IBMx ≥ 31), red (IBMx ≥ 35). */
export const WEATHER = {
  green: [15, 25] as const,
  orange: [21, 32] as const,
  red: [23, 37] as const,
};

/** A forecast issued on `issueDay` at 06:00 Paris time (or at `extra.issuedAt`), with the day before it and four days from it. */
export function forecastFor(issueDay: string, weather: readonly (readonly [number, number])[] | readonly [number, number], extra: Record<string, unknown> = {}) {
  const pairs = typeof weather[0] === "number" ? Array(5).fill(weather) : (weather as (readonly [number, number])[]);
  return {
    source: "test-provider",
    issuedAt: `${issueDay}T06:00:00+02:00`,
    days: pairs.map(([tn, tx], i) => ({ date: addDays(issueDay, i - 1), tn, tx })),
    ...extra,
  };
}

/** A live forecast's issue time and its day in Paris, taken once so both agree. */
export function issuedNow() {
  const issuedAt = new Date().toISOString();
  return { issuedAt, day: parisDay(issuedAt) };
}

export async function postForecast(body: unknown, role: "ops" | "heat-agent" = "ops") {
  return call("/api/v1/heat/forecasts", { method: "POST", role, json: body });
}

export const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;

/** Waits until the forecast has been handled by the queue consumer; returns its outcome. */
export async function handled(forecastId: string): Promise<{ kind: string; episodeId?: string; round?: { number: number } }> {
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_forecasts WHERE id = ?1 AND processed_at IS NOT NULL", forecastId), { timeout: 20_000, interval: 100 }).toBe(1);
  const row = await env.DB.prepare("SELECT outcome FROM heat_forecasts WHERE id = ?1").bind(forecastId).first<{ outcome: string }>();
  return JSON.parse(row!.outcome);
}

export interface Person {
  id: string;
  channels: string[];
  factors: Record<string, unknown>;
}

/** Inserts registrations straight into D1 (ids reg-t<n>), their factors sealed as the Worker stores them. */
export async function insertPeople(people: Person[], expiresAt = "2099-09-15T22:00:00.000Z") {
  const sealed = await Promise.all(people.map((p) => sealFactors(env, p.id, p.factors)));
  const rows = people.map((p, i) => [
    p.id, "x".repeat(64), `salt-${p.id}`, `Personne ${i}`, "+33639980000", p.channels.includes("email") ? `${p.id}@example.org` : null,
    JSON.stringify(p.channels), 1 + (i % 20), sealed[i], "test", "2026-06-01T00:00:00.000Z", expiresAt,
  ]);
  await env.DB.prepare(
    `INSERT INTO heat_registrations (id, secret_hash, input_salt, name, phone, email, channels, arrondissement, factors, consent_text, consent_at, created_at, expires_at)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 10, value ->> 11
     FROM json_each(?1)`,
  ).bind(JSON.stringify(rows)).run();
}

/** Registers through the public API, from a client address of its own (rate limits are per client). */
export async function registerViaApi(body: Record<string, unknown>, client: string = crypto.randomUUID()) {
  return call("/api/v1/heat/registrations", { method: "POST", json: body, headers: { "cf-connecting-ip": client } });
}

export const validRegistration = (overrides: Record<string, unknown> = {}) => ({
  name: "Jeanne Martin",
  phone: "06 39 98 12 34",
  email: "jeanne.martin@example.org",
  channels: ["sms", "email"],
  arrondissement: 11,
  address: "12 rue de la Roquette",
  contact: { name: "Paul Martin", phone: "01 99 00 12 34" },
  factors: { birthYear: 1938, livesAlone: true, mobility: "limited", cardiovascular: true },
  consent: true,
  ...overrides,
});
