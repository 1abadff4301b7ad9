// What the replays share: a client of the running local stack's API (an ops and register-agent token signed with the
// local secret of .dev.vars, or $JWT_SECRET), a wait on the pipeline, and the forecast a perfect forecaster would
// have issued on a day of the real Paris-Montsouris series (TN/TX of D−2 … D+3). Node-only.
import { addDays } from "../../domain/time/days";
import { loadMontsouris } from "../../domain/heat/evaluation/real-data";
import { signAgentToken } from "../../workers/src/platform/auth";
import { localJwtSecret } from "./dev-vars";

export async function replayClient(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, "");
  const token = await signAgentToken({ id: "replay", roles: ["ops", "heat-agent"] }, process.env.JWT_SECRET ?? localJwtSecret());
  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${base}/api/v1${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers } });
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json() as Promise<T>;
  };
  return { base, api };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await pause(200);
  }
}

let montsouris: Map<string, { date: string; tn: number; tx: number }> | undefined;

/** The forecast issued at 06:00 Paris time on `day`: the observed TN/TX of D−2 … D+3, as a replay. */
export function perfectForecast(day: string, run: string) {
  montsouris ??= new Map(loadMontsouris().map((d) => [d.date, d]));
  const days = [-2, -1, 0, 1, 2, 3].map((k) => {
    const d = montsouris!.get(addDays(day, k));
    if (!d) throw new Error(`the Paris-Montsouris series has no ${addDays(day, k)}`);
    return d;
  });
  return { departement: "75", source: `Paris-Montsouris observations (Météo-France) as a perfect forecast, replay ${run}`, issuedAt: `${day}T06:00:00+02:00`, replay: true, days };
}
