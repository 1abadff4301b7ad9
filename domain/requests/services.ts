// The services' target time to answer a request (working days are not counted apart: calendar days from
// receipt), after which the morning cron reminds their inbox. The Ville de Paris's own charter answers
// letters within 15 days; services that only redirect (information, another administration) are set
// shorter. Shared code (the Worker's reminders, the console's "overdue" badge).
import type { Office } from "./labels.ts";

export const TARGET_DAYS: Record<Office, number> = {
  mairie: 15,
  paris_casvp: 10,
  caf: 7,
  cpam: 7,
  paris_ppp: 7,
  paris_ppp_titre_sejour: 10,
  centre_impots: 7,
  adil: 7,
  mjd: 10,
  pole_emploi: 7,
  maison_handicapees: 10,
  carsat: 7,
  commissariat_police: 3,
  none: 5,
};

const DAY_MS = 86_400_000;

/** When a request received at `receivedAt` for `office` is due. */
export const dueAt = (receivedAt: string, office: Office) => new Date(new Date(receivedAt).getTime() + TARGET_DAYS[office] * DAY_MS).toISOString();
