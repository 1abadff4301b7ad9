// The register agents' API calls: the overview of every hazard, the episodes, the call lists and follow-ups of an
// episode, and the 3975 line's registrations on a person's behalf. The shapes they return are the API's contracts
// (domain/contracts/heat.ts, heat-registration.ts), the overview's that of workers/src/climate/overview.ts.
import type { Hazard } from "../../../../domain/climate/hazards";
import type { Level } from "../../../../domain/climate/levels";
import type { CallOutcome, CallPage, Episodes, FollowUps } from "../../../../domain/contracts/heat";
import type { RegistrationCreated, RegistrationRequest } from "../../../../domain/contracts/heat-registration";
import type { Explanation } from "../../../../domain/contracts/explanation";
import type { CallListFilter, Outcome } from "../../../../domain/heat/calls";
import { api } from "../../api/client";

/** The lists an agent can choose between. */
export const CALL_FILTERS = ["open", "all", "visit-needed", "done", "wrong-number"] as const satisfies readonly CallListFilter[];
export type CallFilter = (typeof CALL_FILTERS)[number];

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
  api<CallOutcome>(`/api/v1/heat/calls/${encodeURIComponent(registrationId)}/outcomes`, {
    method: "POST",
    json: { outcome, ...(episodeId ? { episodeId } : {}) },
  });

export const loadFollowUps = (episodeId?: string) =>
  api<FollowUps>(`/api/v1/heat/followups${episodeId ? `?episodeId=${encodeURIComponent(episodeId)}` : ""}`).then((r) => r.items);

export const loadEpisodes = () => api<Episodes>("/api/v1/heat/episodes?limit=20");

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
  hazards: Hazard[];
  expiresAt: string;
  registeredBy: "self" | "agent";
}

export const findRegistrations = (contact: string) => api<{ items: Found[] }>(`/api/v1/heat/registrations?contact=${encodeURIComponent(contact)}`).then((r) => r.items);

/** The person's consent is asked on the phone and sent as ticked: unticked, the API refuses it naming the field. */
export const registerOnBehalf = (body: Omit<RegistrationRequest, "consent"> & { consent: boolean }) => api<RegistrationCreated>("/api/v1/heat/registrations/assisted", { method: "POST", json: body });

export const reissueCode = (id: string) => api<{ accessCode: string }>(`/api/v1/heat/registrations/${encodeURIComponent(id)}/access-code`, { method: "POST" });

export const loadExplanation = (callId: string) => api<Explanation>(`/api/v1/explanations/heat-call/${encodeURIComponent(callId)}`);
