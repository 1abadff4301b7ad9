// The register agents' API calls and the shapes they return: the overview of every hazard, the episodes, the call
// lists and follow-ups of an episode, and the 3975 line's registrations on a person's behalf.
import { api } from "../../api/client";
import type { Hazard } from "../../../../domain/climate/hazards";
import type { Level } from "../../../../domain/climate/levels";
import type { Explanation } from "../../../../workers/src/explanations/explanation";

export type CallStatus = "to-call" | "retry" | "done" | "visit-needed" | "wrong-number";
export type Outcome = "reached-fine" | "reached-needs-health-help" | "reached-needs-social-help" | "no-answer" | "wrong-number";
export const OUTCOMES: Outcome[] = ["reached-fine", "reached-needs-health-help", "reached-needs-social-help", "no-answer", "wrong-number"];
export const CALL_FILTERS = ["open", "all", "visit-needed", "done", "wrong-number"] as const;
export type CallFilter = (typeof CALL_FILTERS)[number];

export interface Person {
  name: string;
  phone: string | null;
  arrondissement: number;
  address: string | null;
  contact: { name: string; phone: string | null } | null;
}

export interface Call {
  callId: string;
  registrationId: string;
  rank: number;
  risk: number;
  reasons: { code: string; labels: { fr: string; en: string } }[];
  status: CallStatus;
  attempts: number;
  person: Person;
}

export interface Episode {
  id: string;
  hazard: Hazard;
  status: "open" | "closed";
  startDate: string;
  peakLevel: "orange" | "red";
  currentRound: number;
}

export interface CallPage {
  episode: Episode | null;
  round: number | null;
  items: Call[];
  total: number;
}

export interface FollowUp {
  registrationId: string;
  kind: "visit" | "health" | "social";
  team: string;
  reason: string;
  createdAt: string;
  person: Person;
}

const PAGE = 500;

/** Every call of the list (of the episode given, else the open or latest one), page by page, reporting progress. */
export async function loadCalls(filter: CallFilter, onProgress: (loaded: number, total: number) => void, episodeId?: string): Promise<CallPage> {
  const first = await api<CallPage>(`/api/v1/heat/calls?status=${filter}&limit=${PAGE}${episodeId ? `&episodeId=${encodeURIComponent(episodeId)}` : ""}`);
  const items = [...first.items];
  onProgress(items.length, first.total);
  while (items.length < first.total) {
    const next = await api<CallPage>(`/api/v1/heat/calls?status=${filter}&limit=${PAGE}&offset=${items.length}${first.episode ? `&episodeId=${first.episode.id}` : ""}`);
    if (!next.items.length) break;
    items.push(...next.items);
    onProgress(items.length, first.total);
  }
  return { ...first, items };
}

export const recordOutcome = (registrationId: string, outcome: Outcome, episodeId?: string) =>
  api<{ status: CallStatus; followUp: { kind: string; team: string } | null; contactTold: boolean }>(`/api/v1/heat/calls/${encodeURIComponent(registrationId)}/outcomes`, {
    method: "POST",
    json: { outcome, ...(episodeId ? { episodeId } : {}) },
  });

export const loadFollowUps = (episodeId?: string) =>
  api<{ items: FollowUp[] }>(`/api/v1/heat/followups${episodeId ? `?episodeId=${encodeURIComponent(episodeId)}` : ""}`).then((r) => r.items);

export interface EpisodeSummary {
  id: string;
  hazard: Hazard;
  status: "open" | "closed";
  startDate: string;
  endDate: string | null;
  peakLevel: "orange" | "red";
  currentRound: number;
  rounds: { round: number; day: string; reason: string; messageKind: string | null; calls: number }[];
  messages: { pending: number; sent: number };
}

export const loadEpisodes = () => api<{ registered: number; items: EpisodeSummary[] }>("/api/v1/heat/episodes?limit=20");

export interface Overview {
  today: string | null;
  hazards: { hazard: Hazard; days: { date: string; level: Level | null; sources: { kind: string; source: string; issuedAt: string; level: Level | null }[] }[] }[];
  inputs: { kind: "forecast" | "vigilance" | "flood" | "pollution"; inputId: string; source: string; issuedAt: string; receivedAt: string; processedAt: string | null; missingDays: string[] }[];
  unhandled: number;
}

export const loadOverview = () => api<Overview>("/api/v1/climate/overview");

export interface Found {
  id: string;
  name: string;
  arrondissement: number;
  hazards: string[];
  expiresAt: string;
  registeredBy: "self" | "agent";
}

export const findRegistrations = (contact: string) => api<{ items: Found[] }>(`/api/v1/heat/registrations?contact=${encodeURIComponent(contact)}`).then((r) => r.items);

export const registerOnBehalf = (body: Record<string, unknown>) => api<{ id: string; accessCode: string }>("/api/v1/heat/registrations/assisted", { method: "POST", json: body });

export const reissueCode = (id: string) => api<{ accessCode: string }>(`/api/v1/heat/registrations/${encodeURIComponent(id)}/access-code`, { method: "POST" });

export const loadExplanation = (callId: string) => api<Explanation>(`/api/v1/explanations/heat-call/${encodeURIComponent(callId)}`);
