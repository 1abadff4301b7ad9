// The reply draft an agent starts from: a template in plain French (acknowledge, inform, send to the right
// office, ask for documents), the fiches the agent chose with their title, link and date, the office to
// contact, the sign-off, and always the mention that the draft was prepared with an automated tool (AI Act,
// Art. 50) and the licence of the cited sources. The agent edits it; nothing is sent without the agent.
// Placeholders ([NOM 1]) stay as they are: the agent's console fills them from the mapping. Shared code.
import { OFFICE_NAMES, type Office } from "./labels.ts";
import type { FicheCitation } from "./fiches.ts";
import { AUTOMATED_DRAFT_NOTICE, FICHES_LICENCE } from "./mention.ts";

export const DRAFT_TEMPLATES = ["information", "orientation", "documents"] as const;
export type DraftTemplate = (typeof DRAFT_TEMPLATES)[number];

export interface DraftInput {
  template: DraftTemplate;
  /** The date the request was received (YYYY-MM-DD). */
  receivedOn: string;
  fiches: Pick<FicheCitation, "title" | "url" | "date">[];
  office: Office | null;
  /** How to address the person: a placeholder of their name, or null for "Madame, Monsieur". */
  addressee: string | null;
}

const BODIES: Record<DraftTemplate, string> = {
  information: "Vous trouverez ci-dessous les informations officielles qui répondent à votre question.",
  orientation: "Votre demande relève d'un autre service, qui pourra la traiter directement. Nous vous indiquons ci-dessous à qui vous adresser.",
  documents: "Pour que nous puissions traiter votre demande, merci de nous faire parvenir les pièces indiquées dans les fiches ci-dessous.",
};

const frenchDate = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
};

export function buildDraft(input: DraftInput): string {
  const lines = [
    input.addressee ? `Bonjour ${input.addressee},` : "Madame, Monsieur,",
    "",
    `Nous avons bien reçu votre message du ${frenchDate(input.receivedOn)} et nous vous en remercions.`,
    BODIES[input.template],
  ];
  if (input.fiches.length > 0) {
    lines.push("", "Informations officielles sur service-public.fr :");
    for (const fiche of input.fiches) lines.push(`- ${fiche.title} : ${fiche.url} (mise à jour le ${frenchDate(fiche.date)})`);
  }
  if (input.office && input.office !== "none") lines.push("", `Pour cette démarche, adressez-vous à : ${OFFICE_NAMES[input.office].fr}.`);
  lines.push(
    "",
    "Nous restons à votre disposition pour toute précision.",
    "",
    "Le service des relations avec les usagers de la Ville de Paris",
    "",
    "—",
    AUTOMATED_DRAFT_NOTICE.fr,
    ...(input.fiches.length > 0 ? [`Sources : ${FICHES_LICENCE}.`] : []),
  );
  return lines.join("\n");
}
