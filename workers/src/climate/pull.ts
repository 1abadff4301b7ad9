// The cron pull of the official inputs, beside the forecast's: the vigilance map at VIGILANCE_URL (Météo-France's
// DPVigilance `cartevigilance/encours`, with the VIGILANCE_API_KEY secret as its `apikey` header when set), the
// Seine's heights at SEINE_URL (Hub'Eau `observations_tr` or Vigicrues `observations.json` for F700000103), the
// pollution bulletin at POLLUTION_URL. Each setting is empty by default (nothing is pulled; ops push the same
// documents to POST /climate/…). A feed that cannot be reached throws (the event retries with backoff); a document
// that fails the checks is refused and audited with its field errors. Each pull first republishes the inputs
// stored but left unhandled.
import type { FieldProblem } from "../../../domain/heat/forecast";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { REGISTER_DEPARTEMENT } from "../heat/ids";
import { inputClockProblems, receiveInput, republishUnhandledInputs, type InputReceipt } from "./inputs";
import { floodInput, pollutionInput, vigilanceInput, type InputKind, type Read } from "./readers";

const PULL_TIMEOUT_MS = 15_000;

export type FeedResult = { kind: InputKind; status: "not-configured" } | { kind: InputKind; status: "received"; receipt: InputReceipt } | { kind: InputKind; status: "refused"; problems: FieldProblem[] };

const FEEDS: { kind: InputKind; url: (env: Env) => string | undefined; read: (document: unknown, url: string) => Read; headers: (env: Env) => Record<string, string> }[] = [
  { kind: "vigilance", url: (env) => env.VIGILANCE_URL, read: (d) => vigilanceInput(d, REGISTER_DEPARTEMENT), headers: (env): Record<string, string> => (env.VIGILANCE_API_KEY?.trim() ? { apikey: env.VIGILANCE_API_KEY.trim() } : {}) },
  { kind: "flood", url: (env) => env.SEINE_URL, read: (d, url) => floodInput(d, `Seine à Paris-Austerlitz (${new URL(url).host})`), headers: () => ({}) },
  { kind: "pollution", url: (env) => env.POLLUTION_URL, read: (d) => pollutionInput(d), headers: () => ({}) },
];

export async function pullInputs(env: Env, now: Date, fetcher: typeof fetch = fetch): Promise<{ republished: number; feeds: FeedResult[] }> {
  const republished = await republishUnhandledInputs(env, now);
  const feeds: FeedResult[] = [];
  for (const feed of FEEDS) {
    const url = feed.url(env)?.trim();
    if (!url) {
      feeds.push({ kind: feed.kind, status: "not-configured" });
      continue;
    }
    const response = await fetcher(url, { headers: { Accept: "application/json", ...feed.headers(env) }, signal: AbortSignal.timeout(PULL_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`${feed.kind} feed answered HTTP ${response.status}`);
    let document: unknown;
    try {
      document = await response.json();
    } catch {
      feeds.push(await refuse(env, feed.kind, url, [{ field: "(body)", message: "is not JSON" }], now));
      continue;
    }
    const read = feed.read(document, url);
    const problems = read.ok ? inputClockProblems(read.input, { now, replay: false, replayAllowed: false }) : read.problems;
    if (!read.ok || problems.length) feeds.push(await refuse(env, feed.kind, url, problems, now));
    else feeds.push({ kind: feed.kind, status: "received", receipt: await receiveInput(env, read.input, false, SYSTEM_ACTOR, now) });
  }
  return { republished, feeds };
}

async function refuse(env: Env, kind: InputKind, url: string, problems: FieldProblem[], now: Date): Promise<FeedResult> {
  console.error(`${kind} feed ${url} refused:`, JSON.stringify(problems));
  await withAudit(env.DB, [{ ...SYSTEM_ACTOR, action: "climate.input-refused", subjectKind: "climate-feed", subjectId: new URL(url).host, output: { kind, problems } }], [], () => now);
  return { kind, status: "refused", problems };
}
