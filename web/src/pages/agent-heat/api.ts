// The heat agents' API calls; the shapes they return are the API's contracts (domain/contracts/heat.ts).
import type { CallOutcome, CallPage, FollowUps } from "../../../../domain/contracts/heat";
import type { Explanation } from "../../../../domain/contracts/explanation";
import type { CallListFilter, Outcome } from "../../../../domain/heat/calls";
import { api } from "../../api/client";

/** The lists an agent can choose between. */
export const CALL_FILTERS = ["open", "all", "visit-needed", "done", "wrong-number"] as const satisfies readonly CallListFilter[];
export type CallFilter = (typeof CALL_FILTERS)[number];

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
  api<CallOutcome>(`/api/v1/heat/calls/${encodeURIComponent(registrationId)}/outcomes`, { method: "POST", json: { outcome } });

export const loadFollowUps = () => api<FollowUps>("/api/v1/heat/followups").then((r) => r.items);

export const loadExplanation = (callId: string) => api<Explanation>(`/api/v1/explanations/heat-call/${encodeURIComponent(callId)}`);
