// The public climate status as the pages use it: every hazard's level today and the next days, each with the
// sources it was read from and their time (the service worker keeps the last one for offline use).
import type { Hazard } from "../../../../domain/climate/hazards";
import type { Level } from "../../../../domain/climate/levels";
import { api } from "../../api/client";

export interface LevelSource {
  kind: "forecast" | "vigilance" | "flood" | "pollution";
  inputId: string;
  source: string;
  issuedAt: string;
  level: Level | null;
}

export interface HazardStatus {
  hazard: Hazard;
  days: { date: string; level: Level | null; sources: LevelSource[] }[];
  today: { level: Level | null; sources: (LevelSource & { detail: unknown })[] } | null;
  episode: { id: string; startDate: string; peakLevel: string; lastAlertDate: string; round: number } | null;
}

export interface ClimateStatus {
  departement: string;
  today: string | null;
  hazards: HazardStatus[];
  generatedAt: string;
}

export const CLIMATE_STATUS_URL = "/api/v1/climate/status";

export const fetchClimateStatus = () => api<ClimateStatus>(CLIMATE_STATUS_URL);
