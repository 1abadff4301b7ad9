// Purpose separation: what each purpose of Recoque serves, the OpenAPI tags of its routes, the roles that may
// read its data, the roles that only operate it (send it data, watch its pipeline), and how a person exercises
// access (export) and erasure on each personal data class it holds. The matrix tests (tests/worker/trust/)
// run every route × every role against this file; the register publishes it.
import type { SubjectRights } from "../../../domain/algorithm-register/published";
import type { Role } from "../../../domain/contracts/roles";
import type { Bilingual } from "../../../domain/i18n";

export interface Purpose {
  id: string;
  description: Bilingual;
  /** OpenAPI tags of the routes serving this purpose: every tag of the document belongs to one purpose. */
  tags: string[];
  /** Roles that may read this purpose's data, personal data included. */
  readers: Role[];
  /** Roles admitted to some of its routes to operate them, which must never receive its personal data. */
  operators: Role[];
  /** Data classes (ids in retention.ts) holding this purpose's data start with this prefix. */
  dataClassPrefix: string;
  /** For each personal data class of this purpose (by id): how the person exports and erases it. */
  subjectRights: Record<string, SubjectRights>;
}

const heatSubjectRights: SubjectRights = {
  export: "GET /api/v1/heat/registrations/{id}",
  erasure: "DELETE /api/v1/heat/registrations/{id}",
  how: {
    fr: "Avec l'identifiant et le code personnel remis à l'inscription, sur la page Canicule ou en appelant le 3975.",
    en: "With the id and personal code given at registration, on the Heatwave page or by calling 3975.",
  },
};

export const purposes: Purpose[] = [
  {
    id: "heat",
    description: { fr: "Alertes canicule et appels aux personnes inscrites au registre", en: "Heat alerts and calls to the people in the heat register" },
    tags: ["heat"],
    readers: ["heat-agent"],
    operators: ["ops"],
    dataClassPrefix: "heat.",
    subjectRights: { "heat.register": heatSubjectRights, "heat.calls": heatSubjectRights, "heat.messages": heatSubjectRights },
  },
  {
    id: "rights",
    description: { fr: "Accès aux droits : simulateur et listes de foyers à accompagner", en: "Access to rights: simulator and lists of households to help" },
    tags: ["rights"],
    readers: ["social-agent"],
    operators: [],
    dataClassPrefix: "rights.",
    subjectRights: {},
  },
  {
    id: "sales",
    description: { fr: "Tri des ventes immobilières à examiner", en: "Triage of the property sales to examine" },
    tags: ["sales"],
    readers: ["tax-agent"],
    operators: ["ops"],
    dataClassPrefix: "sales.",
    subjectRights: {
      "sales.cases": {
        none: {
          fr: "Un dossier ne porte aucun nom : il désigne une vente. Sur demande écrite, un agent fiscal communique le dossier de la vente concernée (GET /api/v1/sales/cases/{id}). L'effacement sur demande est limité pour une mission d'intérêt public (RGPD art. 17-3-b) ; une opposition (art. 21) est examinée par le délégué à la protection des données ; le dossier est effacé avec la vente au terme de sa durée de conservation. Aucune route d'effacement n'existe encore.",
          en: "A case carries no name: it points to a sale. On written request, a tax agent sends the case of the sale concerned (GET /api/v1/sales/cases/{id}). Erasure on request is limited for a public-interest task (GDPR art. 17(3)(b)); an objection (art. 21) is examined by the data protection officer; the case is erased with the sale when its retention period ends. No erasure route exists yet.",
        },
      },
    },
  },
  {
    id: "platform",
    description: { fr: "Exploitation de la plateforme : santé, modèles, événements, registre public", en: "Running the platform: health, models, events, public register" },
    tags: ["platform", "models", "ops", "register"],
    readers: ["ops"],
    operators: [],
    dataClassPrefix: "platform.",
    subjectRights: {},
  },
  {
    id: "audit",
    description: { fr: "Contrôle du journal d'audit (sans données personnelles)", en: "Review of the audit log (no personal data)" },
    tags: ["audit"],
    readers: ["auditor"],
    operators: [],
    dataClassPrefix: "audit.",
    subjectRights: {},
  },
];

/** Routes that serve every use case, each result to the readers of its own use case only (per kind). */
export const CROSS_CUTTING_TAGS = ["transparency"] as const;

export const purposeOfTag = (tag: string): Purpose | undefined => purposes.find((p) => p.tags.includes(tag));

export const purposeById = (id: string): Purpose | undefined => purposes.find((p) => p.id === id);

/** The purpose whose readers include every one of `roles` (an explainer's audience), if exactly one. */
export function purposeReadBy(roles: readonly Role[]): Purpose | undefined {
  const matches = purposes.filter((p) => roles.length > 0 && roles.every((r) => p.readers.includes(r)));
  return matches.length === 1 ? matches[0] : undefined;
}
