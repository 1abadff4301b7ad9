// Replays past days of one hazard through the running local stack, day by day, with the documents each feed would
// have published (infra/seed/data/climate/scenarios.ts): heat and cold send the perfect forecast of the real
// Paris-Montsouris series (heat also the real heat vigilance of 2023-2025), floods the Seine's heights at Austerlitz,
// pollution the day's bulletin, storms the wind vigilance map. Each day waits until the pipeline has handled the
// input and the round it started has reached everyone registered for the hazard, then prints the level, what it did
// to the episode, and the calls and messages of the round. Forecasts are named after the run (--run), so each run
// drives the pipeline again; an official input is its document, so one replayed before shows its stored outcome.
//   npm run climate:replay -- --hazard heat|cold|flood|pollution|storm --from YYYY-MM-DD --to YYYY-MM-DD [--url …] [--run label]
import { parseArgs } from "node:util";
import { isHazard, type Hazard } from "../../domain/climate/hazards";
import { addDays, isIsoDay } from "../../domain/time/days";
import { archivedHeatMap } from "../seed/data/climate/heat-vigilance-archive";
import { pollutionBulletin, seineDocument, stormMap } from "../seed/data/climate/scenarios";
import { perfectForecast, replayClient, until } from "./replay-client";

const { values } = parseArgs({
  options: {
    hazard: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    url: { type: "string", default: process.env.RECOQUE_URL ?? "http://127.0.0.1:8787" },
    run: { type: "string", default: Date.now().toString(36) },
  },
});
const { from = "", to = "" } = values;
if (!isHazard(values.hazard) || !isIsoDay(from) || !isIsoDay(to) || to < from) {
  console.error("Usage: npm run climate:replay -- --hazard heat|cold|flood|pollution|storm --from YYYY-MM-DD --to YYYY-MM-DD [--url http://127.0.0.1:8787] [--run label]");
  process.exit(2);
}
const hazard: Hazard = values.hazard;
const { base, api } = await replayClient(values.url!);

interface Outcome {
  kind: string;
  level: string | null;
  episodeId?: string;
  round?: { number: number; reason: string };
}
interface Episode {
  id: string;
  rounds: { round: number; messageKind: string | null; calls: number }[];
  messages: { pending: number; sent: number };
  audience: number;
}

const post = (path: string, body: unknown) => api<{ inputId?: string; forecastId?: string; duplicate?: boolean }>(path, { method: "POST", body: JSON.stringify(body) });

/** Official inputs of this run that the stack had already received (the same document is one input, whatever the run). */
let duplicates = 0;
/** Whether the last input sent had been received before (its round, if any, was done then). */
let lastWasDuplicate = false;

/** Sends one official input and waits until it is handled; its outcome for the hazard. */
async function sendInput(path: "vigilance" | "seine" | "pollution", document: unknown): Promise<Outcome | null> {
  const { inputId, duplicate } = await post(`/climate/${path}?replay=true`, document);
  lastWasDuplicate = Boolean(duplicate);
  if (duplicate) duplicates++;
  const handled = await until(`input ${inputId}`, () => api<{ processedAt: string | null; outcome: { hazards?: Record<string, Outcome> } | null }>(`/climate/inputs/${inputId}`), (i) => i.processedAt !== null);
  return handled.outcome?.hazards?.[hazard] ?? null;
}

async function sendForecast(day: string): Promise<Outcome> {
  const { forecastId } = await post("/heat/forecasts", perfectForecast(day, values.run!));
  const handled = await until(`forecast of ${day}`, () => api<{ processedAt: string | null; outcome: Outcome; hazardOutcomes: Record<string, Outcome> | null }>(`/heat/forecasts/${forecastId}`), (f) => f.processedAt !== null);
  return hazard === "heat" ? handled.outcome : handled.hazardOutcomes![hazard];
}

/** Today's outcome for the hazard: the one of the day's inputs that started a round, else the last. */
async function replayDay(day: string): Promise<Outcome | null> {
  lastWasDuplicate = false;
  const outcomes: (Outcome | null)[] = [];
  if (hazard === "heat" || hazard === "cold") outcomes.push(await sendForecast(day));
  const document = (
    { heat: () => archivedHeatMap(day), cold: () => null, flood: () => seineDocument(day), pollution: () => pollutionBulletin(from, day), storm: () => stormMap(from, day) } satisfies Record<Hazard, () => unknown>
  )[hazard]();
  const path = ({ heat: "vigilance", cold: "vigilance", flood: "seine", pollution: "pollution", storm: "vigilance" } as const)[hazard];
  if (document) outcomes.push(await sendInput(path, document));
  const known = outcomes.filter((o): o is Outcome => o !== null);
  return known.find((o) => o.round) ?? known.at(-1) ?? null;
}

/** Messages of each episode seen sent after its previous round: an advice round is done once more are sent. */
const sentBefore = new Map<string, number>();

async function roundDone(episodeId: string, round: number, replayedBefore: boolean): Promise<Episode> {
  const episode = await until(
    `round ${round} of ${episodeId}`,
    () => api<{ items: Episode[] }>(`/heat/episodes?limit=50&hazard=${hazard}`),
    (page) => {
      const e = page.items.find((x) => x.id === episodeId);
      const r = e?.rounds.find((x) => x.round === round);
      if (!e || !r) return false;
      // Heat and cold: everyone registered for the hazard has the round's call. Advice: the round's messages are sent.
      const reached = hazard === "heat" || hazard === "cold"
        ? r.calls >= e.audience
        : replayedBefore || e.audience === 0 || !r.messageKind || e.messages.sent > (sentBefore.get(episodeId) ?? 0);
      return reached && (!r.messageKind || e.messages.pending === 0);
    },
  ).then((page) => page.items.find((x) => x.id === episodeId)!);
  sentBefore.set(episodeId, episode.messages.sent);
  return episode;
}

console.log(`Replaying ${hazard} ${from} → ${to} on ${base} (run ${values.run})`);
console.log("day          level    episode                                              round  calls  messages sent");
let opened = 0;
for (let day = from; day <= to; day = addDays(day, 1)) {
  const outcome = await replayDay(day);
  if (outcome?.kind === "opened" && !lastWasDuplicate) opened++;
  const episode = outcome?.episodeId && outcome.round ? await roundDone(outcome.episodeId, outcome.round.number, lastWasDuplicate) : null;
  const round = episode?.rounds.find((r) => r.round === outcome?.round?.number);
  const state = outcome ? `${outcome.kind}${outcome.episodeId ? ` ${outcome.episodeId}` : ""}${outcome.round ? ` (${outcome.round.reason})` : ""}` : "no input";
  console.log(`${day}   ${(outcome?.level ?? "—").padEnd(7)}  ${state.padEnd(52)} ${String(round?.round ?? "").padStart(5)}  ${String(round?.calls ?? "").padStart(5)}  ${episode ? episode.messages.sent : ""}`);
}
console.log(`\n${opened} ${hazard} episode(s) opened during the replay.`);
if (duplicates) console.log(`${duplicates} input(s) had been received before (an input is its document, whatever the run): their stored outcome is shown, and they changed nothing this time.`);
