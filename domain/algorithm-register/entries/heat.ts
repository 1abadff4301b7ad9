// Register entry of the climate alerts use case (heat first, then cold, floods, pollution, storms): the level rules
// (forecasts and official inputs → green/yellow/orange/red) and the heat-risk and cold-risk models that order the
// calls to people in the register during a heat or cold alert.
import { COLD_RULE_ALGORITHM } from "../../climate/cold/rule.ts";
import { LEVEL_RULE_ALGORITHM } from "../../heat/hazard.ts";
import type { RegisterEntry } from "../schema.ts";
import { AREA, IN_HOUSE_SUPPLIER, ORGANISATION, PUBLISHED_ON, REGISTER_CONTACT, REQUIRED_TRAINING, ROLLBACK, SYSTEM_ARCHITECTURE, t } from "./common.ts";

export const heatEntry: RegisterEntry = {
  id: "canicule",
  useCase: "heat",
  name: t("Alertes canicule et ordre des appels du registre canicule", "Heat alerts and the order of heat-register calls"),
  summary: t(
    "Calcule le niveau d'alerte canicule à partir des prévisions et ordonne les appels aux personnes inscrites au registre.",
    "Computes the heat warning level from forecasts and orders the calls to the people in the heat register.",
  ),
  description: t(
    "Chaque jour, Recoque reçoit les températures minimales et maximales prévues pour Paris. Une règle publique calcule les indicateurs biométéorologiques officiels (IBMn et IBMx, moyennes sur trois jours) et en déduit un niveau vert, jaune, orange ou rouge, comparé aux seuils officiels de Paris (21 °C la nuit, 31 °C le jour). Au niveau orange ou rouge, un épisode d'alerte s'ouvre : toutes les personnes inscrites au registre canicule reçoivent un message par le moyen qu'elles ont choisi, et la Ville les appelle tous les deux jours. Pour appeler d'abord celles qui courent le plus de risques, un modèle de régression logistique estime pour chacune un risque d'atteinte grave liée à la chaleur, à partir des seuls facteurs qu'elle a accepté de partager (âge, vie seule, mobilité, logement sous les toits, climatisation, maladies, isolement) et de la chaleur prévue. Le modèle ne fait qu'ordonner la liste : tout le monde est appelé, et ce sont les agents qui décident de la suite (visite, médecin, travailleur social). Le même modèle fonctionne aussi sur le téléphone de chacun pour une auto-évaluation dont les réponses ne quittent pas l'appareil.",
    "Every day, Recoque receives the forecast minimum and maximum temperatures for Paris. A public rule computes the official bio-meteorological indicators (IBMn and IBMx, three-day means) and derives a green, yellow, orange or red level, compared with Paris's official thresholds (21 °C at night, 31 °C by day). At orange or red, an alert episode opens: everyone in the heat register receives a message by the means they chose, and the City phones them every two days. To call first those most at risk, a logistic regression model estimates for each person a risk of serious heat-related harm, from only the factors they agreed to share (age, living alone, mobility, sleeping under the roof, air conditioning, illnesses, isolation) and the forecast heat. The model only orders the list: everyone is called, and agents decide what follows (a visit, a doctor, a social worker). The same model also runs on anyone's phone for a self-assessment whose answers never leave the device.",
  ),
  website: "/registre#canicule",
  keywords: { fr: ["canicule", "registre canicule", "personnes âgées", "alerte", "appels"], en: ["heatwave", "heat register", "older people", "alert", "calls"] },
  organisation: ORGANISATION,
  team: t("Direction des solidarités — registre canicule (Chalex)", "Solidarity directorate — heat register (Chalex)"),
  seniorResponsibleOwner: t("Directeur ou directrice des solidarités de la Ville de Paris", "Director of solidarity of the City of Paris"),
  contact: { email: REGISTER_CONTACT, phone: "3975", name: t("Équipe Recoque — registre canicule", "Recoque team — heat register") },
  supplier: IN_HOUSE_SUPPLIER,
  area: AREA,
  domain: "health and health care",
  status: "development",
  algorithms: [
    {
      id: LEVEL_RULE_ALGORITHM.id,
      kind: "rule",
      name: t("Règle des niveaux d'alerte canicule", "Heat warning-level rule"),
      role: t(
        "Donne le niveau du jour et des jours suivants à partir des prévisions ; orange ou rouge ouvre un épisode d'alerte.",
        "Gives the level of today and the next days from the forecasts; orange or red opens an alert episode.",
      ),
      source: "domain/heat/levels.md",
    },
    {
      id: "heat-risk",
      kind: "model",
      name: t("Risque individuel en période de canicule", "Individual heat risk"),
      role: t("Ordonne la liste d'appels d'un épisode, les personnes les plus à risque d'abord.", "Orders an episode's call list, those most at risk first."),
      source: "models/heat-risk/training/definition.ts",
    },
    {
      id: COLD_RULE_ALGORITHM.id,
      kind: "rule",
      name: t("Règle des niveaux de grand froid", "Cold-wave level rule"),
      role: t(
        "Donne le niveau de grand froid du jour à partir des prévisions (niveaux du plan Grand Froid, critère de vague de froid de Météo-France) ; orange ou rouge ouvre un épisode, comme la vigilance officielle.",
        "Gives the day's cold-wave level from the forecasts (Plan Grand Froid levels, Météo-France's cold-wave criterion); orange or red opens an episode, as the official vigilance does.",
      ),
      source: "domain/climate/cold/levels.md",
    },
    {
      id: "cold-risk",
      kind: "model",
      name: t("Risque individuel en période de grand froid", "Individual cold risk"),
      role: t("Ordonne la liste d'appels d'un épisode de grand froid, les personnes les plus à risque d'abord.", "Orders a cold episode's call list, those most at risk first."),
      source: "models/cold-risk/training/definition.ts",
    },
  ],
  scope: t(
    "Conçu pour prévenir et organiser les appels du registre canicule pendant une alerte. Il n'est pas conçu pour : décider qui est appelé (tout le monde l'est), poser un diagnostic médical, remplacer la vigilance de Météo-France, ni servir à un autre service de la Ville.",
    "Designed to warn and to organise heat-register calls during an alert. It is not designed to: decide who is called (everyone is), make a medical diagnosis, replace Météo-France's vigilance, or serve any other City service.",
  ),
  benefit: t(
    "Pendant la canicule d'août 2003, la plupart des décès sont survenus à domicile, chez des personnes âgées seules. Appeler d'abord les personnes les plus exposées raccourcit le délai avant qu'un agent n'entende une personne en difficulté, lorsque des milliers d'inscrits doivent être joints en deux jours.",
    "In the August 2003 heatwave, most deaths occurred at home, among older people living alone. Calling those most exposed first shortens the time before an agent hears someone in difficulty, when thousands of registered people must be reached within two days.",
  ),
  decisionMakingProcess: t(
    "Plan canicule de la Ville et registre nominatif des personnes vulnérables tenu par le maire (CASF L121-6-1) : en alerte, la cellule d'appel joint chaque inscrit tous les deux jours et rappelle au moins trois fois en 48 heures ceux qui ne répondent pas.",
    "The City's heat plan and the mayor's register of vulnerable people (CASF L121-6-1): during an alert, the call centre reaches every registered person every two days and calls back at least three times within 48 hours those who do not answer.",
  ),
  impact: t(
    "Les personnes inscrites sont appelées plus ou moins tôt dans un tour d'appels selon leur risque estimé ; toutes sont appelées. Le public voit le niveau d'alerte sur la page Canicule. Aucune aide n'est refusée ni retardée au-delà du tour.",
    "Registered people are called earlier or later within a call round depending on their estimated risk; all are called. The public sees the warning level on the Heatwave page. No help is refused or delayed beyond the round.",
  ),
  proportionality: t(
    "Le bénéfice attendu (joindre plus vite les plus fragiles) est obtenu avec peu de données, données par la personne avec son consentement et effacées à la fin de la saison. L'ordre est le seul effet de l'algorithme, et il est expliqué à chaque agent comme à chaque personne qui le demande.",
    "The expected benefit (reaching the most vulnerable sooner) is obtained with little data, given by the person with their consent and erased at the end of the season. The order is the algorithm's only effect, and it is explained to every agent and to anyone who asks.",
  ),
  alternativesConsidered: t(
    "Appeler dans l'ordre alphabétique ou d'inscription, comme auparavant : simple, mais les plus fragiles attendent autant que les autres. Une grille de points fixée à la main : moins transparente sur ses poids qu'un modèle dont les rapports de cotes sont publiés et comparés à la littérature.",
    "Calling in alphabetical or registration order, as before: simple, but the most vulnerable wait as long as everyone else. A hand-made points grid: less transparent about its weights than a model whose odds ratios are published and compared with the literature.",
  ),
  legalBasis: {
    text: t(
      "Registre des personnes âgées et handicapées vivant à domicile, tenu par le maire à leur demande (CASF art. L121-6-1, R121-2 à R121-12) ; données de santé traitées avec le consentement explicite de la personne (RGPD art. 9-2-a) ; mission d'intérêt public (RGPD art. 6-1-e). Seuils d'alerte : système d'alerte canicule et santé (Santé publique France, Météo-France).",
      "Register of older and disabled people living at home, kept by the mayor at their request (CASF art. L121-6-1, R121-2 to R121-12); health data processed with the person's explicit consent (GDPR art. 9(2)(a)); public-interest task (GDPR art. 6(1)(e)). Alert thresholds: heat-health warning system (Santé publique France, Météo-France).",
    ),
    references: [
      { label: "CASF art. L121-6-1", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006796498" },
      { label: "RGPD / GDPR art. 9", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
      { label: "Seuils et sources (thresholds.json)", url: "domain/heat/thresholds.json" },
    ],
  },
  algorithmType: "hybrid",
  useType: "predictive",
  modelType: t(
    "Règle à seuils sur des moyennes de températures (niveaux) ; régression logistique à 14 variables (risque individuel).",
    "Threshold rule on temperature means (levels); logistic regression with 14 features (individual risk).",
  ),
  frequencyOfUse: t(
    "Niveaux : à chaque prévision reçue (au moins une fois par jour pendant la veille saisonnière, du 1er juin au 15 septembre). Risque : à l'ouverture de chaque tour d'appels d'un épisode, pour chaque inscrit (7 500 à 20 000 personnes selon les années).",
    "Levels: at every forecast received (at least daily during the seasonal watch, 1 June to 15 September). Risk: when each call round of an episode opens, for every registered person (7,500 to 20,000 people depending on the year).",
  ),
  maintenance: t(
    "Revue avant chaque saison : seuils officiels, comparaison des niveaux avec la vigilance de Météo-France de l'été passé, contrôles d'équité du modèle ; bilan des appels après la saison.",
    "Review before each season: official thresholds, comparison of the levels with last summer's Météo-France vigilance, fairness checks of the model; review of the calls after the season.",
  ),
  systemArchitecture: SYSTEM_ARCHITECTURE,
  codebase: "workers/src/heat/",
  processIntegration: t(
    "Le niveau orange ou rouge ouvre l'épisode et déclenche les messages ; le risque trie la liste d'appels de chaque tour. Les agents appellent, notent l'issue de chaque appel, et l'outil propose une visite après quatre appels sans réponse en 48 heures (et prévient la personne désignée si elle l'a demandé), un médecin ou un travailleur social selon ce que la personne a dit. Crues, pollution et tempêtes n'envoient que des conseils, aux personnes qui les ont choisis.",
    "An orange or red level opens the episode and triggers the messages; the risk sorts each round's call list. Agents call, record each call's outcome, and the tool proposes a visit after four unanswered calls within 48 hours (and tells the contact the person named, if they asked for it), a doctor or a social worker depending on what the person said. Floods, pollution and storms only send advice, to the people who chose them.",
  ),
  providedInformation: t(
    "Pour chaque personne : sa place dans la liste, son risque estimé et les facteurs qui l'augmentent ; sur demande, l'explication complète (données, poids de chaque paramètre, opérations).",
    "For each person: their place in the list, their estimated risk and the factors that raise it; on request, the full explanation (data, weight of each parameter, operations).",
  ),
  humanDecisions: t(
    "Les agents décident de tout ce qui suit un appel : rappeler, envoyer une visite, alerter un médecin ou un travailleur social. Ils peuvent appeler une personne hors de l'ordre proposé. Chaque décision est écrite au journal d'audit.",
    "Agents decide everything that follows a call: calling back, sending a visit, alerting a doctor or a social worker. They may call someone outside the proposed order. Every decision is written to the audit log.",
  ),
  requiredTraining: REQUIRED_TRAINING,
  appealsAndReview: t(
    "Toute personne peut demander comment l'algorithme a été utilisé pour elle (CRPA L311-3-1, R311-3-1-2), faire corriger ses facteurs, se désinscrire et effacer ses données à tout moment, en ligne avec son code personnel ou au 3975. Sans réponse en un mois, elle peut saisir la CADA ; pour ses données, la CNIL.",
    "Anyone may ask how the algorithm was used for them (CRPA L311-3-1, R311-3-1-2), have their factors corrected, leave the register and erase their data at any time, online with their personal code or on 3975. Without an answer within a month, they may refer to the CADA; for their data, to the CNIL.",
  ),
  monitoring: t(
    "À chaque prévision, le niveau et ses indicateurs sont publiés avec l'heure de la prévision. Après chaque épisode : part des inscrits joints dans le tour, délai moyen par décile de risque, suites données. Le modèle est contrôlé à chaque construction (calibration, rapports de cotes, écarts entre groupes).",
    "At every forecast, the level and its indicators are published with the forecast's time. After each episode: share of registered people reached within the round, mean delay by risk decile, follow-ups. The model is checked at every build (calibration, odds ratios, gaps between groups).",
  ),
  rollback: ROLLBACK,
  data: {
    sources: [
      {
        name: t("Prévisions et observations de température", "Temperature forecasts and observations"),
        description: t("TN et TX quotidiennes de Paris-Montsouris (prévues et observées).", "Daily TN and TX at Paris-Montsouris (forecast and observed)."),
        url: "https://meteo.data.gouv.fr",
        personalData: "none",
        collection: t("Publiées par Météo-France (Licence Ouverte 2.0), reçues chaque jour.", "Published by Météo-France (Licence Ouverte 2.0), received daily."),
        use: ["training", "operation"],
      },
      {
        name: t("Inscriptions au registre canicule", "Heat-register registrations"),
        description: t(
          "Nom, téléphone ou courriel, arrondissement ou adresse, moyens d'alerte, personne à prévenir, et les facteurs de risque que la personne accepte de partager.",
          "Name, phone or e-mail, arrondissement or address, alert channels, a contact person, and the risk factors the person agrees to share.",
        ),
        url: "/api/v1/heat/registrations",
        personalData: "identified",
        collection: t("Données par la personne elle-même, avec son consentement explicite, pour être prévenue et appelée.", "Given by the person themself, with explicit consent, to be warned and called."),
        use: ["operation"],
      },
      {
        name: t("Cohorte synthétique de Parisiens de 65 ans et plus", "Synthetic cohort of Parisians aged 65 and over"),
        description: t(
          "Population générée à partir du recensement 2022 et des rapports de cotes publiés (Bouchama 2007, Vandentorren 2006) ; aucune personne réelle.",
          "A population generated from the 2022 census and published odds ratios (Bouchama 2007, Vandentorren 2006); no real person.",
        ),
        url: "models/heat-risk/training/COHORT.md",
        personalData: "none",
        collection: t("Générée par Recoque pour entraîner et évaluer le modèle.", "Generated by Recoque to train and evaluate the model."),
        use: ["training", "evaluation"],
      },
    ],
    training: t(
      "Le modèle est entraîné sur la cohorte synthétique seulement ; la règle des niveaux a été vérifiée sur la série Paris-Montsouris 1950–2026 et la vigilance de Météo-France 2023–2025.",
      "The model is trained on the synthetic cohort only; the level rule was checked on the Paris-Montsouris series 1950–2026 and Météo-France's vigilance 2023–2025.",
    ),
    collection: t(
      "Les inscriptions viennent des personnes elles-mêmes (en ligne ou par téléphone) ; les températures de Météo-France.",
      "Registrations come from the people themselves (online or by phone); temperatures from Météo-France.",
    ),
    sharingAgreements: t(
      "Aucune donnée du registre n'est transmise hors de la Ville. En alerte, seuls le nom et le téléphone d'une personne à visiter sont remis à l'équipe de visite, au médecin ou au travailleur social concernés.",
      "No register data leaves the City. During an alert, only the name and phone of a person to visit are handed to the visiting team, doctor or social worker concerned.",
    ),
    accessAndStorage: t(
      "Seuls les agents du registre canicule lisent les données personnelles ; l'exploitation voit les épisodes et les prévisions. Durées de conservation : voir les classes de données ci-dessous ; l'inscription est effacée à la fin de la saison sauf renouvellement.",
      "Only heat-register agents read personal data; operations staff see episodes and forecasts. Retention: see the data classes below; a registration is erased at the end of the season unless renewed.",
    ),
    connectedSources: t(
      "Aucune connexion à un fichier d'état civil ou de santé : seules les prévisions météorologiques sont reçues automatiquement.",
      "No connection to any civil-status or health file: only weather forecasts are received automatically.",
    ),
    bias: t(
      "La cohorte synthétique reproduit les rapports de cotes publiés, dont plusieurs sont des hypothèses documentées ; le modèle hérite de leurs limites. Les personnes qui ne déclarent aucun facteur sont classées sur l'âge et la chaleur seuls : un facteur tu peut placer une personne trop bas, d'où l'appel de tous.",
      "The synthetic cohort reproduces published odds ratios, several of them documented assumptions; the model inherits their limits. People who declare no factor are ranked on age and heat alone: an undisclosed factor can place someone too low, hence everyone is called.",
    ),
  },
  riskCategory: {
    level: "high risk",
    reason: t(
      "Traité comme à haut risque par précaution : le score évalue des personnes (profilage) dans l'accès à un service public d'assistance (AI Act, annexe III, point 5 a ; art. 6-3). La règle des niveaux, fixée par des humains, n'est pas un système d'IA.",
      "Treated as high-risk as a precaution: the score evaluates people (profiling) in access to a public assistance service (AI Act, Annex III, point 5(a); art. 6(3)). The level rule, set by humans, is not an AI system.",
    ),
  },
  risks: [
    {
      name: t("Une personne à risque appelée trop tard", "A person at risk called too late"),
      description: t("Un facteur non déclaré ou un modèle mal calibré peut placer une personne fragile en fin de liste.", "An undeclared factor or a poorly calibrated model can put a vulnerable person at the end of the list."),
      mitigation: t("Tout le monde est appelé dans le tour ; rappels après non-réponse ; l'agent peut remonter une personne ; calibration contrôlée à chaque construction.", "Everyone is called within the round; call-backs after no answer; agents can move someone up; calibration checked at every build."),
    },
    {
      name: t("Alerte manquée ou tardive", "Missed or late alert"),
      description: t("La règle peut rester sous l'orange quand Météo-France passe à l'orange (prévision erronée, humidité non prise en compte).", "The rule may stay below orange when Météo-France goes orange (wrong forecast, humidity not taken into account)."),
      mitigation: t("Marge d'un degré sur les nuits ; niveau jaune large pour préparer ; 14 jours orange ou rouge sur 14 retrouvés en 2023–2025 ; les agents peuvent ouvrir un épisode.", "One-degree margin on nights; a wide yellow level to prepare; 14 of 14 orange or red days caught in 2023–2025; agents can open an episode."),
    },
    {
      name: t("Atteinte à la vie privée (données de santé)", "Privacy harm (health data)"),
      description: t("Le registre contient des données de santé de personnes vulnérables.", "The register holds health data of vulnerable people."),
      mitigation: t("Seuls les facteurs choisis par la personne ; consentement explicite ; accès réservé aux agents du registre ; effacement à la demande et en fin de saison ; journal d'audit sans données personnelles.", "Only the factors the person chooses; explicit consent; access reserved to register agents; erasure on request and at season's end; an audit log without personal data."),
    },
  ],
  nonDiscrimination: t(
    "Le modèle utilise volontairement l'âge, la mobilité et certaines maladies, parce qu'ils augmentent le risque lié à la chaleur : c'est une priorité de protection, qui n'enlève rien à personne puisque tous les inscrits sont appelés. Le sexe, la nationalité et l'origine ne sont ni collectés ni utilisés. Les écarts entre tranches d'âge et entre arrondissements sont contrôlés à chaque construction (voir la fiche du modèle).",
    "The model deliberately uses age, mobility and some illnesses, because they raise heat-related risk: this is a protective priority, which takes nothing away from anyone since every registered person is called. Sex, nationality and origin are neither collected nor used. Gaps between age bands and between arrondissements are checked at every build (see the model card).",
  ),
  protectedAttributesUsed: [
    { attribute: "age", why: t("Facteur de risque majeur de la chaleur ; sert à appeler plus tôt.", "A major heat risk factor; used to call sooner.") },
    { attribute: "disability", why: t("Alitement et mobilité réduite, déclarés par la personne : facteurs de risque majeurs.", "Being bedridden and limited mobility, declared by the person: major risk factors.") },
    { attribute: "health", why: t("Maladies cardiovasculaires, respiratoires, psychiatriques, déclarées par la personne : facteurs de risque publiés.", "Cardiovascular, respiratory, psychiatric illness, declared by the person: published risk factors.") },
  ],
  impactAssessments: [
    {
      name: t("Résumé FRAIA (IAMA) de l'équipe de développement", "FRAIA (IAMA) summary by the development team"),
      description: t(
        "Première évaluation d'impact sur les droits fondamentaux, parties 1 à 4 du questionnaire néerlandais, résumée ci-dessous. À compléter par l'analyse d'impact relative à la protection des données (AIPD, RGPD art. 35) du délégué à la protection des données avant la mise en service.",
        "A first fundamental-rights impact assessment, parts 1 to 4 of the Dutch questionnaire, summarised below. To be completed by the data protection officer's data protection impact assessment (DPIA, GDPR art. 35) before going into service.",
      ),
      date: PUBLISHED_ON,
      link: "/registre#canicule-droits-fondamentaux",
    },
  ],
  fundamentalRights: {
    method: "FRAIA (IAMA) 2021 — summary",
    why: t(
      "Problème : en canicule, des personnes âgées isolées meurent chez elles faute d'être jointes à temps. Objectif : joindre d'abord les plus à risque, sans exclure personne. Valeurs servies : droit à la vie, à la santé, solidarité ; valeurs en jeu : vie privée, égalité de traitement. Base légale : CASF L121-6-1, consentement. Responsables : Direction des solidarités (usage), équipe Recoque (développement).",
      "Problem: in a heatwave, isolated older people die at home for not being reached in time. Objective: reach those most at risk first, excluding no one. Values served: the right to life, to health, solidarity; values at stake: privacy, equal treatment. Legal basis: CASF L121-6-1, consent. Responsible: Solidarity directorate (use), Recoque team (development).",
    ),
    what: t(
      "Données : températures publiques et facteurs déclarés par la personne. Modèle entraîné sur une cohorte synthétique, faute de données réelles de décès : ses probabilités sont des ordres de grandeur, son ordre est son usage. Biais : rapports de cotes publiés, parfois hypothétiques. Explicabilité : régression logistique dont chaque poids est publié ; explication individuelle servie aux agents.",
      "Data: public temperatures and factors declared by the person. Model trained on a synthetic cohort, for lack of real mortality data: its probabilities are orders of magnitude, its order is its use. Bias: published odds ratios, some hypothetical. Explainability: a logistic regression whose every weight is published; an individual explanation served to agents.",
    ),
    how: t(
      "La sortie ordonne une liste ; les agents décident de chaque suite et peuvent s'écarter de l'ordre. Effets : un appel plus tôt pour les plus fragiles, aucun refus. Procédure : mention de l'algorithme, explication sur demande, contestation au 3975 ou par écrit. Audit : journal chaîné, vérifiable par un auditeur ; revue avant chaque saison.",
      "The output orders a list; agents decide every follow-up and may depart from the order. Effects: an earlier call for the most vulnerable, no refusal. Procedure: notice of the algorithm, explanation on request, contest on 3975 or in writing. Audit: a chained log, verifiable by an auditor; a review before each season.",
    ),
    rights: [
      {
        right: t("Droit à la vie et à la santé", "Right to life and to health"),
        seriousness: "low",
        assessment: t("Servi par l'outil ; le risque d'un appel tardif est borné par l'appel de tous dans le tour.", "Served by the tool; the risk of a late call is bounded by calling everyone within the round."),
      },
      {
        right: t("Respect de la vie privée et protection des données de santé", "Privacy and protection of health data"),
        seriousness: "moderate",
        assessment: t("Données de santé sensibles, limitées à ce que la personne choisit, effaçables à tout moment, lues par les seuls agents du registre.", "Sensitive health data, limited to what the person chooses, erasable at any time, read by register agents only."),
      },
      {
        right: t("Égalité et non-discrimination", "Equality and non-discrimination"),
        seriousness: "low",
        assessment: t("Âge et handicap servent à protéger, pas à exclure ; écarts entre groupes d'âge et arrondissements contrôlés.", "Age and disability serve to protect, not to exclude; gaps between age groups and arrondissements checked."),
      },
    ],
    necessityAndSubsidiarity: t(
      "Sans ordre, les plus fragiles attendent autant que les autres ; une grille manuelle serait moins vérifiable. Moins de données ne permettrait pas de distinguer les personnes alitées ou isolées.",
      "Without an order, the most vulnerable wait as long as everyone else; a manual grid would be harder to verify. Less data would not tell bedridden or isolated people apart.",
    ),
    balance: t(
      "L'atteinte à la vie privée est consentie, limitée et réversible ; le gain, un appel plus précoce aux plus exposés, porte sur la vie. L'équilibre est jugé favorable, sous réserve de l'AIPD.",
      "The privacy intrusion is consented, limited and reversible; the gain, an earlier call to the most exposed, concerns life. The balance is judged favourable, subject to the DPIA.",
    ),
  },
  crpa: {
    individualDecision: false,
    mention: t(
      "L'ordre des appels du registre canicule est établi à l'aide d'un algorithme (CRPA art. L311-3-1). Vous pouvez demander comment il a été utilisé pour vous.",
      "The order of heat-register calls is set with the help of an algorithm (CRPA art. L311-3-1). You may ask how it was used for you.",
    ),
    explanation: t(
      "Sur demande écrite ou au 3975, la Ville communique le degré de contribution de l'algorithme, les données utilisées et leur source, les paramètres et leur poids pour la personne, et les opérations effectuées (CRPA R311-3-1-2) ; les agents les lisent dans la console.",
      "On written request or on 3975, the City gives the degree of the algorithm's contribution, the data used and its source, the parameters and their weight for the person, and the operations performed (CRPA R311-3-1-2); agents read them in the console.",
    ),
  },
  publicationDate: PUBLISHED_ON,
  lastChangeDate: PUBLISHED_ON,
  revisionDate: "2027-04-30",
  revisionNote: t("Revue avant la saison 2027 (seuils, contrôles d'équité, AIPD).", "Review before the 2027 season (thresholds, fairness checks, DPIA)."),
};
