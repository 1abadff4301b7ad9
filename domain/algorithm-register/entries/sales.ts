// Register entry of the property-sale triage: the expected-price model on DVF sales and the case rules that
// propose sales for tax agents to review.
import type { RegisterEntry } from "../schema.ts";
import { AREA, IN_HOUSE_SUPPLIER, ORGANISATION, PUBLISHED_ON, REGISTER_CONTACT, REQUIRED_TRAINING, ROLLBACK, SYSTEM_ARCHITECTURE, t } from "./common.ts";

export const salesEntry: RegisterEntry = {
  id: "ventes",
  useCase: "sales",
  name: t("Tri des ventes immobilières à examiner", "Triage of property sales to review"),
  summary: t(
    "Propose aux agents fiscaux de la Ville des ventes au prix déclaré anormal, avec les ventes comparables ; jamais une accusation.",
    "Proposes to the City's tax agents sales with an abnormal declared price, with comparable sales; never an accusation.",
  ),
  description: t(
    "Paris perçoit les droits de mutation sur les ventes immobilières. Un prix sous-déclaré ne peut être rectifié que par l'administration fiscale (DGFiP), par comparaison avec des ventes similaires (Livre des procédures fiscales, art. L17). Recoque aide les agents de la Ville à repérer les ventes à signaler : les ventes publiées par la DGFiP (fichier DVF, open data, sans nom de personne) sont importées ; un modèle d'arbres de décision, entraîné sur les ventes d'appartements parisiens de 2023 et 2024, estime pour chaque vente le prix attendu d'après le lieu, la surface, le nombre de pièces et de lots et la date. Un dossier s'ouvre quand le prix déclaré est très inférieur au prix attendu (seuil calibré pour qu'une vente ordinaire sur cent passe dessous) ou quand le même lot a été revendu peu de temps après à un prix très différent. L'agent examine chaque dossier avec ses preuves (prix attendu et son explication par facteur, ventes comparables, distribution des prix du quartier) et décide de le classer ou de le transmettre à la DGFiP, avec une note obligatoire. Le dossier est un signal à examiner, jamais une accusation.",
    "Paris receives the transfer duties on property sales. An under-declared price can only be corrected by the tax administration (DGFiP), by comparison with similar sales (tax procedure code, art. L17). Recoque helps the City's agents spot the sales worth reporting: the sales published by the DGFiP (DVF file, open data, without any person's name) are imported; a decision-tree model, trained on Paris apartment sales of 2023 and 2024, estimates for each sale the expected price from the place, the surface, the number of rooms and lots and the date. A case opens when the declared price is far below the expected price (a threshold calibrated so that one ordinary sale in a hundred falls below it) or when the same lot was resold shortly after at a very different price. The agent reviews each case with its evidence (the expected price and its explanation by factor, comparable sales, the distribution of prices in the area) and decides to dismiss it or refer it to the DGFiP, with a mandatory note. A case is a signal to review, never an accusation.",
  ),
  website: "/registre#ventes",
  keywords: { fr: ["DVF", "droits de mutation", "valeurs foncières", "ventes immobilières", "contrôle fiscal"], en: ["DVF", "transfer duties", "property values", "property sales", "tax review"] },
  organisation: ORGANISATION,
  team: t("Direction des finances et des achats — recettes fiscales", "Finance and procurement directorate — tax revenue"),
  seniorResponsibleOwner: t("Directeur ou directrice des finances et des achats de la Ville de Paris", "Director of finance and procurement of the City of Paris"),
  contact: { email: REGISTER_CONTACT, name: t("Équipe Recoque — tri des ventes", "Recoque team — sales triage") },
  supplier: IN_HOUSE_SUPPLIER,
  area: AREA,
  domain: "taxes",
  status: "development",
  algorithms: [
    {
      id: "sale-price",
      kind: "model",
      name: t("Prix attendu d'une vente d'appartement", "Expected price of an apartment sale"),
      role: t("Estime le prix attendu de chaque vente et l'explique par facteur.", "Estimates each sale's expected price and explains it by factor."),
      source: "models/sale-price/training/definition.ts",
    },
    {
      id: "sales-triage-rules",
      kind: "rule",
      name: t("Règles d'ouverture des dossiers", "Case-opening rules"),
      role: t(
        "Ouvre un dossier quand le prix déclaré est sous le seuil calibré du prix attendu, ou lors d'une revente rapide à un prix très différent.",
        "Opens a case when the declared price is below the calibrated share of the expected price, or on a quick resale at a very different price.",
      ),
      source: "models/sale-price/TRIAGE.md",
    },
  ],
  scope: t(
    "Conçu pour proposer aux agents fiscaux de la Ville des ventes à examiner. Il n'est pas conçu pour : rectifier un prix (seule la DGFiP le peut), accuser ou identifier une personne, estimer la valeur d'un bien pour un particulier, ni servir à un autre service de la Ville.",
    "Designed to propose sales for the City's tax agents to review. It is not designed to: correct a price (only the DGFiP can), accuse or identify a person, value a property for an individual, or serve any other City service.",
  ),
  benefit: t(
    "Les droits de mutation rapportent à Paris environ 1,2 milliard d'euros par an (2024). Examiner d'abord les ventes dont le prix ne s'explique ni par le lieu, ni par la taille, ni par la date concentre le temps des agents sur les signaux les plus solides, avec des preuves qu'ils peuvent citer.",
    "Transfer duties bring Paris about 1.2 billion euros a year (2024). Reviewing first the sales whose price is explained neither by the place, the size nor the date focuses agents' time on the strongest signals, with evidence they can cite.",
  ),
  decisionMakingProcess: t(
    "Les droits de mutation sont établis et recouvrés par la DGFiP, qui seule peut rectifier un prix déclaré (LPF art. L17). La Ville peut porter à sa connaissance des ventes à vérifier : l'agent transmet un dossier motivé, la DGFiP décide d'un éventuel contrôle.",
    "Transfer duties are assessed and collected by the DGFiP, which alone can correct a declared price (LPF art. L17). The City may bring sales to check to its attention: the agent refers a reasoned case, the DGFiP decides on any check.",
  ),
  impact: t(
    "Les vendeurs et acheteurs ne sont pas en contact avec l'outil. Un dossier transmis peut conduire la DGFiP à examiner une vente ; un dossier classé n'a aucune suite. Environ 9 dossiers pour 1 000 ventes d'appartements (TRIAGE.md).",
    "Sellers and buyers do not come into contact with the tool. A referred case may lead the DGFiP to examine a sale; a dismissed case has no follow-up. About 9 cases per 1,000 apartment sales (TRIAGE.md).",
  ),
  proportionality: t(
    "Les données sont publiques et sans nom ; seuls les agents fiscaux les lisent ; chaque dossier est examiné et motivé par un agent avant toute transmission. Le seuil est bas (1 % des ventes ordinaires) pour limiter les dossiers sans fondement.",
    "The data is public and carries no names; only tax agents read it; every case is reviewed and reasoned by an agent before any referral. The threshold is low (1 % of ordinary sales) to limit groundless cases.",
  ),
  alternativesConsidered: t(
    "Comparer au prix médian au m² de l'arrondissement : plus simple, mais moins précis (voir la référence dans la fiche du modèle) et il signalerait surtout les petites surfaces et les quartiers hétérogènes. Examiner les ventes au hasard : équitable, mais peu utile.",
    "Comparing with the arrondissement's median price per m²: simpler, but less accurate (see the baseline in the model card) and it would mostly flag small flats and mixed neighbourhoods. Reviewing sales at random: fair, but of little use.",
  ),
  legalBasis: {
    text: t(
      "Droits d'enregistrement et taxe de publicité foncière perçus au profit des départements et des communes (CGI art. 1594 A et 1584) ; publication des valeurs foncières (LPF art. L112 A, décret n° 2018-1350) ; rectification réservée à la DGFiP (LPF art. L17) ; mission d'intérêt public (RGPD art. 6-1-e).",
      "Registration duties and land publicity tax collected for départements and communes (CGI art. 1594 A and 1584); publication of property values (LPF art. L112 A, decree no. 2018-1350); correction reserved to the DGFiP (LPF art. L17); public-interest task (GDPR art. 6(1)(e)).",
    ),
    references: [
      { label: "Livre des procédures fiscales", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069583" },
      { label: "Demandes de valeurs foncières (DVF)", url: "https://www.data.gouv.fr/fr/datasets/demandes-de-valeurs-foncieres/" },
      { label: "Règles et chiffres du tri (TRIAGE.md)", url: "models/sale-price/TRIAGE.md" },
    ],
  },
  algorithmType: "hybrid",
  useType: "diagnostic",
  modelType: t(
    "Arbres de décision à gradient (prix attendu au m²), explication TreeSHAP par facteur, ventes comparables par proximité ; règles à seuils pour ouvrir les dossiers.",
    "Gradient-boosted decision trees (expected price per m²), TreeSHAP explanation by factor, comparable sales by proximity; threshold rules to open cases.",
  ),
  frequencyOfUse: t(
    "À chaque import de fichier DVF (deux publications par an, environ 27 000 ventes parisiennes par an) et à la demande d'un agent pour une vente.",
    "At every DVF file import (two publications a year, about 27,000 Paris sales a year) and at an agent's request for one sale.",
  ),
  maintenance: t(
    "Réentraînement et recalibration du seuil à chaque nouvelle année de DVF ; contrôle de l'erreur par arrondissement et par tranche de prix ; bilan annuel des dossiers transmis et de leurs suites.",
    "Retraining and threshold recalibration with each new year of DVF; error checked by arrondissement and price band; yearly review of the referred cases and their outcomes.",
  ),
  systemArchitecture: SYSTEM_ARCHITECTURE,
  codebase: "workers/src/sales/",
  processIntegration: t(
    "L'outil propose une liste de dossiers triés par score ; l'agent ouvre chaque dossier, en lit les preuves, et décide. Seuls les dossiers transmis sortent de l'outil, en CSV, vers la DGFiP.",
    "The tool proposes a list of cases sorted by score; the agent opens each case, reads its evidence, and decides. Only referred cases leave the tool, as CSV, towards the DGFiP.",
  ),
  providedInformation: t(
    "Pour chaque dossier : prix déclaré et attendu, la règle qui l'a ouvert, l'explication du prix attendu par facteur, les ventes comparables avec leur prix au m², la distribution des prix du secteur, et le rappel que seule la DGFiP peut rectifier.",
    "For each case: declared and expected price, the rule that opened it, the expected price's explanation by factor, comparable sales with their price per m², the area's price distribution, and a reminder that only the DGFiP can correct.",
  ),
  humanDecisions: t(
    "L'agent classe ou transmet chaque dossier, avec une note obligatoire qui motive sa décision ; aucune transmission n'est automatique. Chaque décision est écrite au journal d'audit.",
    "The agent dismisses or refers every case, with a mandatory note giving the reason; no referral is automatic. Every decision is written to the audit log.",
  ),
  requiredTraining: REQUIRED_TRAINING,
  appealsAndReview: t(
    `Toute personne concernée par une vente peut demander comment l'algorithme a été utilisé (CRPA L311-3-1, R311-3-1-2) en écrivant à ${REGISTER_CONTACT} ; sans réponse en un mois, elle peut saisir la CADA. Une rectification de prix se conteste selon les voies du Livre des procédures fiscales, auprès de la DGFiP.`,
    `Anyone concerned by a sale may ask how the algorithm was used (CRPA L311-3-1, R311-3-1-2) by writing to ${REGISTER_CONTACT}; without an answer within a month, they may refer to the CADA. A price correction is contested through the tax procedure code's channels, with the DGFiP.`,
  ),
  monitoring: t(
    "À chaque construction : erreur médiane sur le premier semestre 2025 (jamais utilisé pour l'entraînement), par arrondissement, surface et tranche de prix. En service : dossiers pour 1 000 ventes, par arrondissement, et part des dossiers transmis.",
    "At every build: median error on the first half of 2025 (never used for training), by arrondissement, surface and price band. In service: cases per 1,000 sales, by arrondissement, and share of cases referred.",
  ),
  rollback: ROLLBACK,
  data: {
    sources: [
      {
        name: t("Demandes de valeurs foncières (DVF) géolocalisées", "Geolocated property values (DVF)"),
        description: t(
          "Ventes des cinq dernières années : date, nature, prix, adresse, parcelle, type et surface des locaux, lots, coordonnées. Aucun nom de personne.",
          "Sales of the last five years: date, nature, price, address, parcel, type and surface of the premises, lots, coordinates. No person's name.",
        ),
        url: "https://www.data.gouv.fr/fr/datasets/demandes-de-valeurs-foncieres-geolocalisees/",
        personalData: "pseudonymised",
        collection: t(
          "Publiées par la DGFiP (et géolocalisées par Etalab) à partir des actes de vente enregistrés ; conditions d'utilisation DVF : pas de réidentification, pas d'indexation.",
          "Published by the DGFiP (and geolocated by Etalab) from registered deeds of sale; DVF terms of use: no re-identification, no indexing.",
        ),
        use: ["training", "evaluation", "operation"],
      },
      {
        name: t("Décisions et notes des agents", "Agents' decisions and notes"),
        description: t("La décision sur chaque dossier et sa motivation.", "The decision on each case and its reasoning."),
        url: "/api/v1/sales/cases",
        personalData: "identified",
        collection: t("Saisies par les agents fiscaux de la Ville dans la console.", "Entered by the City's tax agents in the console."),
        use: ["operation"],
      },
    ],
    training: t(
      "Ventes d'appartements parisiens de 2023 et 2024 (nettoyées des ventes de plusieurs logements à surface incomplète) ; évaluation sur toutes les ventes du premier semestre 2025.",
      "Paris apartment sales of 2023 and 2024 (cleaned of multi-dwelling sales with an incomplete surface); evaluation on every sale of the first half of 2025.",
    ),
    collection: t("Fichiers DVF importés tels que publiés ; aucune autre collecte.", "DVF files imported as published; no other collection."),
    sharingAgreements: t(
      "Seuls les dossiers transmis sont communiqués à la DGFiP, par les agents. Aucune page n'est indexée par les moteurs de recherche.",
      "Only referred cases are sent to the DGFiP, by agents. No page is indexed by search engines.",
    ),
    accessAndStorage: t(
      "Seuls les agents fiscaux lisent les ventes et les dossiers ; l'exploitation peut importer des fichiers et en suivre l'import. Les fichiers bruts sont gardés dans un stockage objet, les ventes dans la base ; durées : voir les classes de données ci-dessous.",
      "Only tax agents read sales and cases; operations staff may import files and follow the import. Raw files are kept in object storage, sales in the database; retention: see the data classes below.",
    ),
    connectedSources: t("Aucune connexion au cadastre, au fichier des propriétaires ni à un fichier fiscal : DVF seul.", "No connection to the land registry, the owners' file or any tax file: DVF only."),
    bias: t(
      "L'erreur est plus grande pour les petites et les très grandes surfaces, les prix extrêmes et les arrondissements centraux ; un prix très bas signale souvent une vente particulière (nue-propriété, viager, vente entre proches, logement occupé) plutôt qu'une sous-déclaration. DVF ne porte aucun attribut des personnes : l'équité se mesure par arrondissement et par tranche de prix.",
      "The error is larger for very small and very large flats, extreme prices and the central arrondissements; a very low price often marks a special sale (bare ownership, life annuity, sale between relatives, occupied flat) rather than an under-declaration. DVF carries no attribute of people: fairness is measured by arrondissement and price band.",
    ),
  },
  riskCategory: {
    level: "minimal risk",
    reason: t(
      "Hors de l'annexe III de l'AI Act : outil d'aide aux procédures administratives fiscales (considérant 59), qui n'évalue pas de personnes et ne décide rien. La Ville applique néanmoins les garanties d'un système à haut risque : revue humaine, journal, explication.",
      "Outside AI Act Annex III: an aid to tax administrative proceedings (recital 59), which evaluates no person and decides nothing. The City nevertheless applies the safeguards of a high-risk system: human review, logs, explanation.",
    ),
  },
  risks: [
    {
      name: t("Suspicion injustifiée", "Unjustified suspicion"),
      description: t("Un prix bas peut avoir une raison légitime ; un dossier pourrait être lu comme une accusation.", "A low price may have a legitimate reason; a case could be read as an accusation."),
      mitigation: t("Seuil bas et calibré ; preuves comparables à chaque dossier ; note obligatoire ; rappel que seule la DGFiP peut rectifier ; aucune transmission automatique.", "A low, calibrated threshold; comparable evidence with every case; a mandatory note; a reminder that only the DGFiP can correct; no automatic referral."),
    },
    {
      name: t("Signalement inégal selon le secteur ou le prix", "Uneven flagging by area or price"),
      description: t("Un modèle moins précis dans certains arrondissements ou tranches de prix y ouvre plus de dossiers sans fondement.", "A model less accurate in some arrondissements or price bands opens more groundless cases there."),
      mitigation: t("Erreur publiée et contrôlée par arrondissement (écart maximal fixé dans la fiche) et par tranche de prix ; dossiers par arrondissement suivis en service.", "Error published and checked by arrondissement (largest gap set in the card) and by price band; cases by arrondissement followed in service."),
    },
    {
      name: t("Réidentification et détournement", "Re-identification and diversion"),
      description: t("Les ventes, même sans nom, désignent des logements et donc des personnes.", "Sales, even without names, point to homes and therefore to people."),
      mitigation: t("Accès réservé aux agents fiscaux ; aucune indexation ; aucun croisement avec d'autres fichiers ; usage limité au tri fiscal, vérifié par le test de séparation des finalités.", "Access reserved to tax agents; no indexing; no matching with other files; use limited to tax triage, checked by the purpose-separation test."),
    },
  ],
  nonDiscrimination: t(
    "Aucune donnée sur les personnes n'est utilisée (DVF n'en contient pas). Le risque porte sur les lieux et les prix : l'erreur du modèle est mesurée et bornée par arrondissement, et publiée par surface et par tranche de prix, pour que les dossiers ne se concentrent pas sur un secteur ou sur les petits prix par la seule imprécision du modèle.",
    "No data about people is used (DVF has none). The risk lies with places and prices: the model's error is measured and bounded by arrondissement, and published by surface and price band, so that cases do not gather in one area or among low prices through the model's imprecision alone.",
  ),
  protectedAttributesUsed: [],
  impactAssessments: [
    {
      name: t("Résumé FRAIA (IAMA) de l'équipe de développement", "FRAIA (IAMA) summary by the development team"),
      description: t(
        "Première évaluation d'impact sur les droits fondamentaux, résumée ci-dessous ; l'analyse des conditions d'utilisation de DVF et l'inscription au registre des traitements restent à valider avec le délégué à la protection des données.",
        "A first fundamental-rights impact assessment, summarised below; the review of the DVF terms of use and the entry in the record of processing remain to be validated with the data protection officer.",
      ),
      date: PUBLISHED_ON,
      link: "/registre#ventes-droits-fondamentaux",
    },
  ],
  fundamentalRights: {
    method: "FRAIA (IAMA) 2021 — summary",
    why: t(
      "Problème : des prix sous-déclarés privent la collectivité de recettes, et les agents ne peuvent examiner toutes les ventes. Objectif : leur proposer les signaux les plus solides, avec leurs preuves. Valeurs servies : égalité devant l'impôt, bon usage de l'argent public ; valeurs en jeu : présomption de bonne foi, vie privée.",
      "Problem: under-declared prices deprive the community of revenue, and agents cannot review every sale. Objective: propose the strongest signals to them, with their evidence. Values served: equality before tax, good use of public money; values at stake: presumption of good faith, privacy.",
    ),
    what: t(
      "Données publiques DVF, sans nom. Modèle dont l'erreur médiane sur 2025 est publiée dans sa fiche, plus grande dans certains secteurs. Biais : ventes particulières confondues avec des sous-déclarations. Explicabilité : facteurs du prix attendu et ventes comparables pour chaque dossier.",
      "Public DVF data, without names. A model whose median error on 2025 is published in its card, larger in some areas. Bias: special sales mistaken for under-declarations. Explainability: factors of the expected price and comparable sales for every case.",
    ),
    how: t(
      "Un agent décide de chaque dossier, avec une note ; seule la DGFiP peut ensuite contrôler et rectifier, avec les garanties de la procédure fiscale. Audit : chaque décision et chaque export sont journalisés ; séparation des finalités testée.",
      "An agent decides on every case, with a note; only the DGFiP may then check and correct, with the safeguards of tax procedure. Audit: every decision and export is logged; purpose separation tested.",
    ),
    rights: [
      {
        right: t("Respect de la vie privée", "Privacy"),
        seriousness: "low",
        assessment: t("Données publiées par l'État, sans nom, lues par les seuls agents fiscaux, jamais croisées.", "Data published by the State, without names, read by tax agents only, never matched."),
      },
      {
        right: t("Droit à une bonne administration et présomption de bonne foi", "Right to good administration and presumption of good faith"),
        seriousness: "moderate",
        assessment: t("Un dossier n'est qu'un signal ; la note motivée et les preuves comparables limitent les transmissions sans fondement.", "A case is only a signal; the reasoned note and comparable evidence limit groundless referrals."),
      },
      {
        right: t("Égalité et non-discrimination", "Equality and non-discrimination"),
        seriousness: "low",
        assessment: t("Aucun attribut des personnes ; l'erreur par secteur et par prix est mesurée et bornée.", "No attribute of people; the error by area and price is measured and bounded."),
      },
    ],
    necessityAndSubsidiarity: t(
      "Examiner toutes les ventes est impossible ; un seuil simple sur le prix au m² de l'arrondissement signalerait plus de ventes à tort. Le modèle est le moyen le moins intrusif d'obtenir des signaux solides, sur des données déjà publiques.",
      "Reviewing every sale is impossible; a simple threshold on the arrondissement's price per m² would wrongly flag more sales. The model is the least intrusive way to get solid signals, on data already public.",
    ),
    balance: t(
      "Atteinte faible (données publiques, décision humaine, rectification réservée à la DGFiP) pour un gain d'équité fiscale : l'équilibre est jugé favorable.",
      "A small intrusion (public data, human decision, correction reserved to the DGFiP) for a gain in tax fairness: the balance is judged favourable.",
    ),
  },
  crpa: {
    individualDecision: false,
    mention: t(
      "Le tri des ventes immobilières examinées par la Ville est aidé par un algorithme (art. L311-3-1 du CRPA). Vous pouvez demander comment il a été utilisé pour une vente qui vous concerne.",
      "The sorting of the property sales the City examines is aided by an algorithm (CRPA art. L311-3-1). You may ask how it was used for a sale that concerns you.",
    ),
    explanation: t(
      `Sur demande à ${REGISTER_CONTACT}, la Ville communique pour la vente concernée le degré de contribution de l'algorithme, les données et leur source, les facteurs du prix attendu et leur poids, et les opérations effectuées (CRPA R311-3-1-2) ; les agents les lisent dans chaque dossier.`,
      `On request to ${REGISTER_CONTACT}, the City gives for the sale concerned the degree of the algorithm's contribution, the data and its source, the factors of the expected price and their weight, and the operations performed (CRPA R311-3-1-2); agents read them in each case.`,
    ),
  },
  publicationDate: PUBLISHED_ON,
  lastChangeDate: PUBLISHED_ON,
  revisionDate: "2027-06-30",
  revisionNote: t("Publication DVF de 2026 : réentraînement, recalibration et revue.", "2026 DVF publication: retraining, recalibration and review."),
};
