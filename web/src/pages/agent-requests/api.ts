// The requests console's API calls (requests agents) and the shapes they return.
import { api } from "../../api/client";
import type { Office, PiiLabel, Theme } from "../../../../domain/requests/labels";
import type { MappingEntry, SpanCorrection } from "../../../../domain/requests/pseudonymise";
import type { DraftTemplate } from "../../../../domain/requests/draft";
import type { InboxStatus, RequestStatus } from "../../../../domain/requests/statuses";


export interface Ranked<L> {
  label: L;
  p: number;
}

export interface RequestItem {
  id: string;
  channel: "email" | "form" | "letter";
  receivedAt: string;
  subject: string;
  body: string;
  attachments: { name: string; type: string; bytes: number }[];
  placeholders: { placeholder: string; label: PiiLabel; value: string | null }[];
  replyTo: string | null;
  status: RequestStatus;
  service: Office | null;
  theme: Theme | null;
  confirmed: boolean;
  assignedTo: string | null;
  proposal: { theme: Theme; whereToGo: Office; top3: Ranked<Office>[]; themeTop3: Ranked<Theme>[]; modelId: string; modelVersion: string } | null;
  fiches: { id: string; title: string; url: string; date: string }[];
  reply: string | null;
  answeredAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  remindedAt: string | null;
}

export interface Inbox {
  items: RequestItem[];
  total: number;
}

const base = "/api/v1/requests";
const post = <T,>(path: string, json: unknown) => api<T>(`${base}${path}`, { method: "POST", json });

export const inbox = (q: { service?: Office; status?: InboxStatus; offset: number; limit: number }) => {
  const params = new URLSearchParams({ limit: String(q.limit), offset: String(q.offset) });
  if (q.service) params.set("service", q.service);
  if (q.status) params.set("status", q.status);
  return api<Inbox>(`${base}?${params}`);
};
export const getRequest = (id: string) => api<RequestItem>(`${base}/${id}`);
export const assign = (id: string) => post<RequestItem>(`/${id}/assign`, {});
export const reassign = (id: string, service: Office) => post<RequestItem>(`/${id}/reassign`, { service });
export const markWaiting = (id: string) => api<RequestItem>(`${base}/${id}/waiting`, { method: "POST" });
export const review = (id: string, theme: Theme, whereToGo: Office) => post<RequestItem & { corrected: boolean }>(`/${id}/review`, { theme, whereToGo });
export const correctPseudonymisation = (id: string, correction: SpanCorrection) => post<RequestItem>(`/${id}/pseudonymisation`, correction);
export const draft = (id: string, template: DraftTemplate, ficheIds: string[]) => post<{ draft: string }>(`/${id}/draft`, { template, ficheIds });
export const answer = (id: string, reply: string) => post<RequestItem>(`/${id}/answer`, { reply });
export const uploadLetter = (letter: { subject: string; text: string; mapping: MappingEntry[]; attachments: { name: string; type: string; bytes: number }[] }) =>
  post<{ id: string }>("/letters", letter);
export const weeklyCounts = (from: string, to: string) =>
  api<{ counts: { week: string; theme: Theme; requests: number }[] }>(`${base}/stats/weekly?from=${from}&to=${to}`);
