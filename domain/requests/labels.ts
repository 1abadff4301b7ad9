// The labels of the requests use case, in one place: the 10 themes of service-public.fr for individuals,
// the services and offices a request can be routed to ("where to go", with `none` when no local office is
// involved), and the kinds of personal data the pseudonymiser replaces with typed placeholders.
// Shared code (Worker, browser, training, evaluation commands).

/** The 10 themes of service-public.fr "Particuliers", as the fiches' `subjects` spell them. */
export const THEMES = [
  "Travail",
  "Argent",
  "Famille",
  "Logement",
  "Social - Santé",
  "Papiers - Citoyenneté",
  "Transports",
  "Justice",
  "Loisirs",
  "Étranger",
] as const;
export type Theme = (typeof THEMES)[number];

/** Where a request goes: the services that handle it for a Parisian (codes of the fiches' "où s'adresser"). */
export const OFFICES = [
  "mairie",
  "paris_casvp",
  "caf",
  "cpam",
  "paris_ppp",
  "paris_ppp_titre_sejour",
  "centre_impots",
  "adil",
  "mjd",
  "pole_emploi",
  "maison_handicapees",
  "carsat",
  "commissariat_police",
  "none",
] as const;
export type Office = (typeof OFFICES)[number];

/** The offices' names, French first, for the agent console and the reply draft. */
export const OFFICE_NAMES: Record<Office, { fr: string; en: string }> = {
  mairie: { fr: "Mairie d'arrondissement", en: "District town hall" },
  paris_casvp: { fr: "Centre d'action sociale de la Ville de Paris (CASVP)", en: "Paris social action centre (CASVP)" },
  caf: { fr: "Caisse d'allocations familiales (CAF)", en: "Family allowance fund (CAF)" },
  cpam: { fr: "Caisse primaire d'assurance maladie (CPAM)", en: "Health insurance fund (CPAM)" },
  paris_ppp: { fr: "Préfecture de police de Paris", en: "Paris police prefecture" },
  paris_ppp_titre_sejour: {
    fr: "Préfecture de police de Paris, titres de séjour",
    en: "Paris police prefecture, residence permits",
  },
  centre_impots: { fr: "Centre des finances publiques (impôts)", en: "Tax office" },
  adil: { fr: "Agence départementale d'information sur le logement (ADIL)", en: "Housing information agency (ADIL)" },
  mjd: { fr: "Maison de justice et du droit", en: "Justice and law centre" },
  pole_emploi: { fr: "France Travail (ex-Pôle emploi)", en: "France Travail (employment service)" },
  maison_handicapees: {
    fr: "Maison départementale des personnes handicapées (MDPH)",
    en: "Disability centre (MDPH)",
  },
  carsat: { fr: "Caisse de retraite (Cnav en Île-de-France)", en: "Pension fund (Cnav in Île-de-France)" },
  commissariat_police: { fr: "Commissariat de police", en: "Police station" },
  none: { fr: "Aucun guichet local (information seule)", en: "No local office (information only)" },
};

/** Kinds of personal data found in a request (the evaluation command's `label`). */
export const PII_LABELS = ["PER", "PHONE", "EMAIL", "ADDRESS", "NIR", "IBAN", "BIRTHDATE", "ID"] as const;
export type PiiLabel = (typeof PII_LABELS)[number];

/** The word inside each label's placeholder: `[NOM 1]`, `[TÉLÉPHONE 2]`. */
export const PLACEHOLDER_WORDS: Record<PiiLabel, string> = {
  PER: "NOM",
  PHONE: "TÉLÉPHONE",
  EMAIL: "E-MAIL",
  ADDRESS: "ADRESSE",
  NIR: "NIR",
  IBAN: "IBAN",
  BIRTHDATE: "DATE DE NAISSANCE",
  ID: "NUMÉRO DE DOSSIER",
};

export const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);
