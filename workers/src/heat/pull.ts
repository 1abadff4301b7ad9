// The cron pull: fetches the forecast of the provider at HEAT_FORECAST_URL (format in README.md: the same JSON
// as POST /api/v1/heat/forecasts), checks it like the intake route and receives it. A provider that cannot be
// reached throws (the event retries with backoff); a forecast it sends that fails the checks is refused and
// audited with its field errors, without retrying the same bad document. Each pull first republishes the
// events of forecasts stored but left unhandled.
import { readForecast } from "../../../domain/heat/forecast";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { receiveForecast, republishUnhandled, type Receipt } from "./forecasts";

export type PullResult =
  | { status: "not-configured"; republished: number }
  | { status: "received"; receipt: Receipt; republished: number }
  | { status: "refused"; problems: { field: string; message: string }[]; republished: number };

const PULL_TIMEOUT_MS = 15_000;

export async function pullForecast(env: Env, now: Date, fetcher: typeof fetch = fetch): Promise<PullResult> {
  const republished = await republishUnhandled(env, now);
  const url = env.HEAT_FORECAST_URL?.trim();
  if (!url) return { status: "not-configured", republished };
  const response = await fetcher(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(PULL_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`heat forecast provider answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return refuse(env, url, [{ field: "(body)", message: "is not JSON" }], republished, now);
  }
  const read = readForecast(body, { now, replayAllowed: false });
  if (!read.ok) return refuse(env, url, read.problems, republished, now);
  try {
    return { status: "received", receipt: await receiveForecast(env, read.forecast, SYSTEM_ACTOR, now), republished };
  } catch (error) {
    if (error instanceof ApiError && error.fields) return refuse(env, url, error.fields, republished, now);
    throw error;
  }
}

async function refuse(env: Env, url: string, problems: { field: string; message: string }[], republished: number, now: Date): Promise<PullResult> {
  console.error(`heat forecast from ${url} refused:`, JSON.stringify(problems));
  await withAudit(env.DB, [{ ...SYSTEM_ACTOR, action: "heat.forecast-refused", subjectKind: "heat-provider", subjectId: new URL(url).host, output: { problems } }], [], () => now);
  return { status: "refused", problems, republished };
}
