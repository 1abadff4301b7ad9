// The public heat status as the pages use it: fetched from the API (the service worker keeps the last one
// received for offline use), and judged possibly stale when offline or when it is older than a few minutes.
import type { HeatStatus } from "../../../../domain/contracts/heat";
import { api } from "../../api/client";

/** A status older than this was served from the device's cache, not fresh from the server. */
const FRESH_FOR_MS = 10 * 60_000;

export const HEAT_STATUS_URL = "/api/v1/heat/status";

export const fetchHeatStatus = () => api<HeatStatus>(HEAT_STATUS_URL);

export const isPossiblyStale = (status: HeatStatus, now = Date.now()) => !navigator.onLine || now - Date.parse(status.generatedAt) > FRESH_FOR_MS;

/** The days from the forecast's issue day on (the day before only serves the 3-day means). */
export const upcomingDays = (status: HeatStatus) => status.days.filter((d) => !status.today || d.date >= status.today);
