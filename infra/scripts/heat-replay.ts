// Replays a past summer through the running local stack, day by day, over the real Paris-Montsouris series:
// each day D sends, through the API, the forecast a perfect forecaster would have issued on D (TN/TX of D−2 …
// D+3), waits until the pipeline has handled it and scored the register, then prints the day's level, the
// episode's state and how many calls and messages were queued.
//   npm run heat:replay -- --from 2003-07-25 --to 2003-08-20 [--url http://127.0.0.1:8787] [--run label]
// The token is signed with the local JWT secret of .dev.vars (or $JWT_SECRET for another stack). Each run
// names its forecasts after its label, so running it again drives the pipeline again.
import { parseArgs } from "node:util";
import { addDays, isIsoDay } from "../../domain/time/days";
import { loadMontsouris } from "../../domain/heat/evaluation/real-data";
import { signAgentToken } from "../../workers/src/platform/auth";
import { localJwtSecret } from "./dev-vars";

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    to: { type: "string" },
    url: { type: "string", default: process.env.RECOQUE_URL ?? "http://127.0.0.1:8787" },
    run: { type: "string", default: Date.now().toString(36) },
  },
});
const from = values.from ?? "";
const to = values.to ?? "";
if (!isIsoDay(from) || !isIsoDay(to) || to < from) {
  console.error("Usage: npm run heat:replay -- --from YYYY-MM-DD --to YYYY-MM-DD [--url http://127.0.0.1:8787] [--run label]");
  process.exit(2);
}
const base = values.url!.replace(/\/$/, "");
const token = await signAgentToken({ id: "heat-replay", roles: ["ops", "heat-agent"] }, process.env.JWT_SECRET ?? localJwtSecret());
const series = new Map(loadMontsouris().map((d) => [d.date, d]));

interface Episode {
  id: string;
  status: string;
  currentRound: number;
  rounds: { round: number; reason: string; messageKind: string | null; calls: number }[];
  messages: { pending: number; sent: number };
}
interface Outcome {
  kind: string;
  level: string | null;
  episodeId?: string;
  round?: { number: number; reason: string };
}

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers },
  });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await pause(200);
  }
}

function forecastFor(day: string) {
  const days = [-2, -1, 0, 1, 2, 3].map((k) => {
    const d = series.get(addDays(day, k));
    if (!d) throw new Error(`the Paris-Montsouris series has no ${addDays(day, k)}`);
    return d;
  });
  return {
    departement: "75",
    source: `Paris-Montsouris observations (Météo-France) as a perfect forecast, replay ${values.run}`,
    issuedAt: `${day}T06:00:00+02:00`,
    replay: true,
    days,
  };
}

/** Waits until every registered person has the call of the round (and its messages are sent, if it sends any). */
async function roundDone(episodeId: string, round: number) {
  return until(
    `round ${round} of ${episodeId}`,
    () => api<{ registered: number; items: Episode[] }>("/heat/episodes?limit=50"),
    (page) => {
      const episode = page.items.find((e) => e.id === episodeId);
      const r = episode?.rounds.find((x) => x.round === round);
      return Boolean(r && r.calls >= page.registered && (!r.messageKind || episode!.messages.pending === 0));
    },
  );
}

const fmt = (v: number | null | undefined) => (v == null ? "   —" : v.toFixed(1).padStart(5));
console.log(`Replaying ${from} → ${to} on ${base} (run ${values.run}): Paris-Montsouris, observed TN/TX as a perfect forecast`);
console.log("day           TN    TX   IBMn  IBMx  level    episode                                         calls in round  messages");
let opened = 0;
for (let day = from; day <= to; day = addDays(day, 1)) {
  const receipt = await api<{ forecastId: string }>("/heat/forecasts", { method: "POST", body: JSON.stringify(forecastFor(day)) });
  const handled = await until(`forecast of ${day}`, () => api<{ processedAt: string | null; outcome: Outcome | null }>(`/heat/forecasts/${receipt.forecastId}`), (f) => f.processedAt !== null);
  const outcome = handled.outcome!;
  if (outcome.kind === "opened") opened++;
  if (outcome.episodeId && outcome.round) await roundDone(outcome.episodeId, outcome.round.number);
  const [status, episodes] = await Promise.all([
    fetch(`${base}/api/v1/heat/status`).then((r) => r.json() as Promise<{ days: { date: string; tn: number; tx: number; ibmn: number | null; ibmx: number | null; level: string | null }[] }>),
    api<{ items: Episode[] }>("/heat/episodes?limit=50"),
  ]);
  const today = status.days.find((d) => d.date === day);
  const episode = outcome.episodeId ? episodes.items.find((e) => e.id === outcome.episodeId) : undefined;
  const round = episode?.rounds.find((r) => r.round === episode.currentRound);
  const state = episode
    ? `${outcome.kind.padEnd(7)} ${episode.id} r${episode.currentRound}${outcome.round ? ` (${outcome.round.reason})` : ""}`
    : outcome.kind;
  const messages = episode ? `${episode.messages.pending + episode.messages.sent} queued, ${episode.messages.sent} sent` : "";
  console.log(
    `${day}  ${fmt(today?.tn)} ${fmt(today?.tx)} ${fmt(today?.ibmn)} ${fmt(today?.ibmx)}  ${(today?.level ?? "—").padEnd(7)}  ${state.padEnd(47)} ${String(round?.calls ?? "").padStart(14)}  ${messages}`,
  );
}
console.log(`\n${opened} episode(s) opened during the replay.`);
