// The public heat status as the pages use it: fetched from the API (the service worker keeps the last one
// received for offline use), and judged possibly stale when offline or when it is older than a few minutes.
import type { HeatLevel } from "../../../../domain/heat/hazard";
import { api } from "../../api/client";

export interface HeatStatus {
  departement: string;
  thresholds: { ibmn: number; ibmx: number };
  forecast: { id: string; source: string; issuedAt: string; receivedAt: string; replay: boolean } | null;
  today: string | null;
  days: { date: string; tn: number; tx: number; ibmn: number | null; ibmx: number | null; level: HeatLevel | null; atLeast: HeatLevel | null; missingDays: string[] }[];
  episode: { id: string; startDate: string; peakLevel: string; lastAlertDate: string; round: number } | null;
  generatedAt: string;
}

/** A status older than this was served from the device's cache, not fresh from the server. */
const FRESH_FOR_MS = 10 * 60_000;

export const HEAT_STATUS_URL = "/api/v1/heat/status";

export const fetchHeatStatus = () => api<HeatStatus>(HEAT_STATUS_URL);

export const isPossiblyStale = (status: HeatStatus, now = Date.now()) => !navigator.onLine || now - Date.parse(status.generatedAt) > FRESH_FOR_MS;

/** The days from the forecast's issue day on (the day before only serves the 3-day means). */
export const upcomingDays = (status: HeatStatus) => status.days.filter((d) => !status.today || d.date >= status.today);
