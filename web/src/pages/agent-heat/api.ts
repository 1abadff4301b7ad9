// The heat agents' API calls and the shapes they return.
import { api } from "../../api/client";
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

/** Every call of the list, page by page, reporting progress. */
export async function loadCalls(filter: CallFilter, onProgress: (loaded: number, total: number) => void): Promise<CallPage> {
  const first = await api<CallPage>(`/api/v1/heat/calls?status=${filter}&limit=${PAGE}`);
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

export const recordOutcome = (registrationId: string, outcome: Outcome) =>
  api<{ status: CallStatus; followUp: { kind: string; team: string } | null }>(`/api/v1/heat/calls/${encodeURIComponent(registrationId)}/outcomes`, {
    method: "POST",
    json: { outcome },
  });

export const loadFollowUps = () => api<{ items: FollowUp[] }>("/api/v1/heat/followups").then((r) => r.items);

export const loadExplanation = (callId: string) => api<Explanation>(`/api/v1/explanations/heat-call/${encodeURIComponent(callId)}`);
