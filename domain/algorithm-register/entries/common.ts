// What every entry of the register shares: the organisation, the in-house supplier, the contact address,
// the publication dates and the links to the architecture and the code.

export const t = (fr: string, en: string) => ({ fr, en });

export const ORGANISATION = "Ville de Paris";
export const AREA = "Paris (département et commune de Paris, 75)";
export const REGISTER_CONTACT = "recoque@paris.example";
export const PUBLISHED_ON = "2026-11-28";

export const IN_HOUSE_SUPPLIER = {
  name: "Ville de Paris — équipe Recoque (développement interne, logiciel libre EUPL-1.2)",
  role: t(
    "Aucun prestataire : l'équipe Recoque de la Ville conçoit, entraîne, teste et exploite les algorithmes ; le code et les modèles sont publiés sous licence libre.",
    "No contractor: the City's Recoque team designs, trains, tests and runs the algorithms; the code and the models are published under a free licence.",
  ),
  dataAccessTerms: t(
    "Aucun tiers n'accède aux données. L'hébergeur (Cloudflare, sous-traitant au sens du RGPD) stocke la base chiffrée et n'a pas le droit de l'utiliser à d'autres fins.",
    "No third party has access to the data. The host (Cloudflare, a processor under the GDPR) stores the encrypted database and may not use it for any other purpose.",
  ),
};

export const SYSTEM_ARCHITECTURE = "docs/architecture.md";

export const REQUIRED_TRAINING = t(
  "Formation à l'outil et à ses limites avant l'ouverture d'un compte ; rappel que le résultat de l'algorithme n'est qu'une aide et que la personne peut en demander l'explication (CRPA L311-3-1).",
  "Training on the tool and its limits before an account is opened; a reminder that the algorithm's result is only an aid and that the person may ask for its explanation (CRPA L311-3-1).",
);

export const ROLLBACK = t(
  "Chaque version de modèle est immuable et enregistrée avec son empreinte ; la précédente peut être remise en service par un déploiement. L'algorithme ne décide rien par lui-même : l'arrêter revient à reprendre l'ordre manuel, sans effet à défaire pour les personnes.",
  "Every model version is immutable and recorded with its fingerprint; the previous one can be put back by a deployment. The algorithm decides nothing by itself: stopping it means going back to manual ordering, with no effect on people to undo.",
);
