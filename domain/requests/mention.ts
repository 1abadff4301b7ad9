// What the requests use case says about itself, in one place: the contact for questions and contests, the
// AI Act Art. 50 sentence of every reply draft, and the licence line of the fiches it cites. Shared code.

export const REQUESTS_CONTACT = "recoque@paris.example";

/** Who owns the requests models (their cards' owners). */
export const REQUESTS_OWNER = { name: "Ville de Paris — relation usagers (courrier et messagerie)", contact: REQUESTS_CONTACT };

/** Said in every reply draft (AI Act, Art. 50: people are told when a text was prepared with an AI system). */
export const AUTOMATED_DRAFT_NOTICE = {
  fr: "Cette réponse a été préparée avec l'aide d'un outil automatisé, puis relue et complétée par un agent de la Ville de Paris.",
  en: "This reply was prepared with the help of an automated tool, then read and completed by a City of Paris agent.",
};

/**
 * The reply as the person receives it: with the notice, added at the end if the agent's text lost it (a reply
 * written or edited in the console still went through the routing model and, usually, a draft).
 */
export const withAutomatedNotice = (reply: string): string =>
  reply.includes(AUTOMATED_DRAFT_NOTICE.fr) || reply.includes(AUTOMATED_DRAFT_NOTICE.en) ? reply : `${reply.trimEnd()}\n\n—\n${AUTOMATED_DRAFT_NOTICE.fr}`;

/** The licence of the service-public.fr fiches, cited with each source of a draft. */
export const FICHES_LICENCE = "service-public.fr (DILA), Licence Ouverte / Etalab 2.0";
