// Register entry of the rights use case: the rules engine (which rights a household may claim, how much) and
// the non-take-up model that orders the social workers' outreach list — both run on the device only.
import { RIGHTS_CONTACT, rightsMentions } from "../../rights/mention.ts";
import type { RegisterEntry } from "../schema.ts";
import { AREA, IN_HOUSE_SUPPLIER, ORGANISATION, PUBLISHED_ON, REQUIRED_TRAINING, ROLLBACK, SYSTEM_ARCHITECTURE, t } from "./common.ts";

export const rightsEntry: RegisterEntry = {
  id: "droits",
  useCase: "rights",
  name: t("Accès aux droits : simulateur et liste de foyers à accompagner", "Access to rights: simulator and list of households to help"),
  summary: t(
    "Indique les aides qu'un foyer peut demander et aide les travailleurs sociaux à proposer leur aide aux foyers qui n'ont pas fait valoir leurs droits.",
    "Shows which benefits a household may claim and helps social workers offer help to households that have not claimed their rights.",
  ),
  description: t(
    "Un foyer sur trois qui pourrait toucher le RSA ne le demande pas, et près d'une personne seule sur deux pour le minimum vieillesse (DREES). Recoque propose deux outils. Le simulateur, pour tous : un questionnaire court calcule sur le téléphone ou l'ordinateur de la personne les droits qu'elle peut demander (RSA, prime d'activité, minimum vieillesse, complémentaire santé solidaire, aide au logement, prestations familiales, AAH, chèque énergie, Navigo Solidarité, aides de Paris), où les demander, leur montant estimé, la raison de chaque résultat et la démarche à faire ; aucune réponse n'est envoyée. La liste d'accompagnement, pour les travailleurs sociaux : le fichier des foyers suivis est ouvert dans le navigateur de l'agent et n'est jamais envoyé ; les mêmes règles calculent les droits de chaque foyer, puis un modèle d'arbres de décision estime la probabilité que chaque droit ne soit pas demandé. La priorité d'un foyer est cette probabilité multipliée par le montant en jeu, et la liste avance au même rythme pour chaque groupe de foyers. L'agent choisit qui contacter ; le foyer décide de demander ou non ; seul l'organisme payeur accorde un droit. Le but est uniquement d'ouvrir des droits, jamais de contrôler.",
    "One household in three that could receive the RSA does not claim it, and nearly one single person in two for the minimum old-age pension (DREES). Recoque offers two tools. The simulator, for everyone: a short questionnaire computes on the person's own phone or computer the benefits they may claim (RSA, prime d'activité, minimum old-age pension, complémentaire santé solidaire, housing aid, family benefits, AAH, chèque énergie, Navigo Solidarité, Paris aids), where to claim them, their estimated amounts, the reason for each result and the step to take; no answer is sent. The outreach list, for social workers: the file of the households they follow is opened in the agent's browser and never sent; the same rules compute each household's rights, then a decision-tree model estimates the probability that each right is not claimed. A household's priority is that probability times the amount at stake, and the list moves at the same pace for every group of households. The agent chooses whom to contact; the household decides whether to claim; only the paying agency grants a right. The purpose is only to open rights, never to check.",
  ),
  website: "/registre#droits",
  keywords: { fr: ["non-recours", "RSA", "minimum vieillesse", "complémentaire santé solidaire", "accès aux droits"], en: ["non-take-up", "RSA", "minimum old-age pension", "complémentaire santé solidaire", "access to rights"] },
  organisation: ORGANISATION,
  team: t("Centre d'action sociale de la Ville de Paris (CASVP) — accès aux droits", "City of Paris social action centre (CASVP) — access to rights"),
  seniorResponsibleOwner: t("Directeur ou directrice du Centre d'action sociale de la Ville de Paris", "Director of the City of Paris social action centre"),
  contact: { email: RIGHTS_CONTACT, name: t("Équipe Recoque — accès aux droits", "Recoque team — access to rights") },
  supplier: IN_HOUSE_SUPPLIER,
  area: AREA,
  domain: "subsidies, benefits and allowances",
  status: "development",
  algorithms: [
    {
      id: "rights-rules",
      kind: "rule",
      name: t("Règles des droits (moteur de simulation)", "Rights rules (simulation engine)"),
      role: t(
        "Calcule les droits qu'un foyer peut demander et leur montant, avec la raison de chaque résultat ; chaque paramètre a sa source légale et sa date.",
        "Computes the rights a household may claim and their amounts, with the reason for each result; every parameter has its legal source and date.",
      ),
      source: "domain/rights/README.md",
    },
    {
      id: "non-take-up",
      kind: "model",
      name: t("Probabilité de non-recours aux droits", "Likelihood of not claiming a right"),
      role: t("Ordonne la liste des foyers à qui proposer une aide, chaque groupe de foyers au même rythme.", "Orders the list of households to offer help, every group of households at the same pace."),
      source: "models/non-take-up/training/definition.ts",
    },
  ],
  scope: t(
    "Conçu pour informer les personnes de leurs droits et aider les travailleurs sociaux à proposer leur aide. Il n'est pas conçu pour : accorder ou refuser un droit, contrôler ou soupçonner un foyer, détecter une fraude, ni classer des foyers hors de Paris.",
    "Designed to inform people of their rights and help social workers offer help. It is not designed to: grant or refuse a right, check or suspect a household, detect fraud, or rank households outside Paris.",
  ),
  benefit: t(
    "Selon la DREES, une part importante des droits n'est pas demandée, surtout par manque d'information et à cause de la complexité. Dire à chacun ce qu'il peut demander, et contacter d'abord les foyers qui ont le plus à y gagner, ouvre des droits réels aux plus précaires.",
    "According to DREES, a large share of rights goes unclaimed, mostly through lack of information and complexity. Telling everyone what they may claim, and first contacting the households with the most to gain, opens real rights to the most precarious.",
  ),
  decisionMakingProcess: t(
    "Action sociale générale du centre d'action sociale (CASF L123-5) et démarches d'« aller vers » : le travailleur social propose un rendez-vous ou une aide à la demande ; la demande elle-même suit la procédure de chaque organisme (CAF, Caisse d'assurance retraite, Assurance maladie, Ville).",
    "General social action of the social action centre (CASF L123-5) and outreach: the social worker offers an appointment or help with a claim; the claim itself follows each agency's procedure (CAF, pension fund, health insurance, City).",
  ),
  impact: t(
    "Les personnes voient leurs droits estimés sur leur appareil. Les foyers suivis peuvent être contactés plus ou moins tôt selon la liste ; un foyer non contacté ne perd rien, et aucun n'est signalé à qui que ce soit.",
    "People see their estimated rights on their own device. Followed households may be contacted earlier or later depending on the list; a household not contacted loses nothing, and none is reported to anyone.",
  ),
  proportionality: t(
    "Les données restent sur l'appareil de la personne ou de l'agent ; seuls des comptes par arrondissement d'au moins dix foyers peuvent être envoyés. Le bénéfice (des droits ouverts) dépasse largement le risque, puisque l'outil ne peut rien retirer à personne.",
    "Data stays on the person's or the agent's device; only counts by arrondissement of at least ten households may be sent. The benefit (rights opened) far outweighs the risk, since the tool can take nothing away from anyone.",
  ),
  alternativesConsidered: t(
    "Contacter les foyers dans l'ordre du fichier ou par montant seul : le classement par montant seul atteint plus d'euros mais laisse des groupes entiers en fin de liste (écart mesuré dans la fiche du modèle). Un croisement de fichiers nationaux : écarté, les données ne devant pas quitter le service social.",
    "Contacting households in file order or by amount alone: ranking by amount alone reaches more euros but leaves whole groups at the end of the list (gap measured in the model card). Matching national files: ruled out, since the data must not leave the social service.",
  ),
  legalBasis: {
    text: t(
      "Lutte contre la pauvreté et les exclusions, accès effectif de tous aux droits fondamentaux (CASF art. L115-1 et suivants) et action sociale générale des centres d'action sociale (CASF art. L123-5) ; mission d'intérêt public (RGPD art. 6-1-e). Simulateur : aucune donnée traitée par la Ville.",
      "Fight against poverty and exclusion, effective access of all to fundamental rights (CASF art. L115-1 ff.) and general social action of social action centres (CASF art. L123-5); public-interest task (GDPR art. 6(1)(e)). Simulator: no data processed by the City.",
    ),
    references: [
      { label: "Code de l'action sociale et des familles", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069" },
      { label: "Paramètres et sources légales (params/)", url: "domain/rights/params/" },
    ],
  },
  algorithmType: "hybrid",
  useType: "predictive",
  modelType: t(
    "Règles de droit écrites à la main (éligibilité et montants) ; arbres de décision à gradient (probabilité de non-recours) et une règle de classement à rythme égal.",
    "Hand-written legal rules (eligibility and amounts); gradient-boosted decision trees (non-take-up probability) and an evenly paced ranking rule.",
  ),
  frequencyOfUse: t(
    "Simulateur : à chaque questionnaire rempli. Liste : à chaque ouverture d'un fichier par un travailleur social (jusqu'à quelques dizaines de milliers de foyers).",
    "Simulator: at every questionnaire filled in. List: every time a social worker opens a file (up to a few tens of thousands of households).",
  ),
  maintenance: t(
    "Paramètres revus à chaque revalorisation légale (1er avril, 1er janvier) ; contrôles d'équité et de calibration à chaque construction du modèle ; revue annuelle avec les travailleurs sociaux.",
    "Parameters reviewed at every legal uprating (1 April, 1 January); fairness and calibration checks at every model build; a yearly review with social workers.",
  ),
  systemArchitecture: SYSTEM_ARCHITECTURE,
  codebase: "domain/rights/",
  processIntegration: t(
    "La liste aide le travailleur social à choisir qui contacter en premier ; il reste libre de son choix. Aucune donnée d'un foyer n'entre dans un autre traitement de la Ville.",
    "The list helps the social worker choose whom to contact first; they remain free in their choice. No household data enters any other City processing.",
  ),
  providedInformation: t(
    "Pour chaque foyer : les droits probablement non demandés, leur montant, la priorité et ses raisons ; pour chaque droit, les règles appliquées.",
    "For each household: the rights probably unclaimed, their amounts, the priority and its reasons; for each right, the rules applied.",
  ),
  humanDecisions: t(
    "Le travailleur social décide qui contacter et comment ; le foyer décide de demander ; l'organisme payeur décide du droit. Rien n'est automatique.",
    "The social worker decides whom to contact and how; the household decides whether to claim; the paying agency decides on the right. Nothing is automatic.",
  ),
  requiredTraining: REQUIRED_TRAINING,
  appealsAndReview: t(
    `Tout foyer contacté est informé de l'usage d'un algorithme, peut en demander les règles et leur application à sa situation en écrivant à ${RIGHTS_CONTACT}, et peut refuser d'être recontacté ; sans réponse en un mois, il peut saisir la CADA. Une décision sur un droit se conteste auprès de l'organisme qui l'a prise.`,
    `Every household contacted is told an algorithm was used, may ask for its rules and how they applied to its situation by writing to ${RIGHTS_CONTACT}, and may refuse further contact; without an answer within a month, it may refer to the CADA. A decision on a right is contested with the agency that made it.`,
  ),
  monitoring: t(
    "À chaque construction : calibration par droit, part des non-recourants atteinte par la tête de liste dans chaque groupe (écart maximal 5 points), contrôle des variables indirectes. En service : comptes par arrondissement des foyers accompagnés.",
    "At every build: calibration by right, share of non-claimants reached by the top of the list in each group (largest gap 5 points), proxy check. In service: counts by arrondissement of households helped.",
  ),
  rollback: ROLLBACK,
  data: {
    sources: [
      {
        name: t("Réponses au simulateur", "Simulator answers"),
        description: t("Composition du foyer, âges, ressources, logement : ce que la personne saisit.", "Household composition, ages, resources, housing: what the person enters."),
        url: "/droits",
        personalData: "none",
        collection: t("Saisies par la personne et traitées sur son appareil ; rien n'est transmis à la Ville.", "Entered by the person and processed on their device; nothing is sent to the City."),
        use: ["operation"],
      },
      {
        name: t("Fichier des foyers suivis", "File of followed households"),
        description: t("Export des dossiers du service social (format documenté), ouvert dans le navigateur de l'agent.", "An export of the social service's records (documented format), opened in the agent's browser."),
        url: "docs/rights-household-csv.md",
        personalData: "identified",
        collection: t("Données des dossiers sociaux, recueillies par le service pour l'accompagnement des foyers.", "Social-record data, collected by the service to support households."),
        use: ["operation"],
      },
      {
        name: t("Population synthétique de ménages parisiens", "Synthetic population of Parisian households"),
        description: t(
          "Ménages générés à partir du recensement 2022 ; non-recours tiré selon les taux publiés par la DREES ; aucune personne réelle.",
          "Households generated from the 2022 census; non-take-up drawn from rates published by DREES; no real person.",
        ),
        url: "models/non-take-up/training/POPULATION.md",
        personalData: "none",
        collection: t("Générée par Recoque pour entraîner et évaluer le modèle.", "Generated by Recoque to train and evaluate the model."),
        use: ["training", "evaluation"],
      },
    ],
    training: t(
      "Entraîné sur la seule population synthétique, calibrée sur les taux de non-recours de la DREES (RSA, minimum vieillesse, complémentaire santé solidaire, prime d'activité).",
      "Trained on the synthetic population only, calibrated to DREES non-take-up rates (RSA, minimum old-age pension, complémentaire santé solidaire, prime d'activité).",
    ),
    collection: t(
      "Aucune collecte nouvelle : le simulateur reste sur l'appareil, la liste utilise un fichier que le service social détient déjà.",
      "No new collection: the simulator stays on the device, the list uses a file the social service already holds.",
    ),
    sharingAgreements: t(
      "Aucun partage. Seuls des comptes agrégés par arrondissement (cellules de moins de dix foyers supprimées) peuvent être envoyés au serveur.",
      "No sharing. Only aggregate counts by arrondissement (cells under ten households suppressed) may be sent to the server.",
    ),
    accessAndStorage: t(
      "Le serveur ne stocke aucune donnée de foyer. Le fichier reste sur le poste de l'agent, sous la responsabilité du service social ; les comptes agrégés ne sont lisibles que par les travailleurs sociaux.",
      "The server stores no household data. The file stays on the agent's computer, under the social service's responsibility; aggregate counts are readable by social workers only.",
    ),
    connectedSources: t("Aucune connexion à un fichier national (CAF, impôts, Assurance maladie).", "No connection to any national file (CAF, tax, health insurance)."),
    bias: t(
      "Les taux de non-recours sont nationaux et parfois anciens (2016–2021) ; la population synthétique ne reproduit que les écarts qu'elle encode. Les entrées révèlent en partie la nationalité et le handicap (voir le contrôle des variables indirectes) : la liste à rythme égal garde chaque groupe à moins de 5 points.",
      "Non-take-up rates are national and sometimes old (2016–2021); the synthetic population only reproduces the gaps it encodes. The inputs partly reveal nationality and disability (see the proxy check): the evenly paced list keeps every group within 5 points.",
    ),
  },
  riskCategory: {
    level: "high risk",
    reason: t(
      "Traité comme à haut risque par précaution : il porte sur l'accès à des prestations d'assistance publique et classe des foyers (AI Act, annexe III, point 5 a). Il ne décide d'aucun droit et ne peut rien retirer.",
      "Treated as high-risk as a precaution: it concerns access to public assistance benefits and ranks households (AI Act, Annex III, point 5(a)). It decides no right and can take nothing away.",
    ),
  },
  risks: [
    {
      name: t("Ciblage indirect de groupes", "Indirect targeting of groups"),
      description: t("Des variables neutres (logement, aides reçues) peuvent révéler la nationalité ou le handicap et reléguer un groupe en fin de liste.", "Neutral variables (housing, benefits received) can reveal nationality or disability and push a group to the end of the list."),
      mitigation: t("Aucun attribut protégé en entrée ; contrôle des variables indirectes publié ; liste à rythme égal par groupe ; test qui échoue si un groupe s'écarte de plus de 5 points.", "No protected attribute as input; proxy check published; evenly paced list by group; a test fails if a group is more than 5 points off."),
    },
    {
      name: t("Détournement vers le contrôle", "Diversion towards checks"),
      description: t("Une liste de foyers « probablement non recourants » pourrait être réutilisée pour contrôler.", "A list of households \"probably not claiming\" could be reused for checks."),
      mitigation: t("Le fichier ne quitte pas le poste de l'agent ; le serveur ne reçoit que des comptes ; usage interdit hors accompagnement, rappelé dans la mention.", "The file never leaves the agent's computer; the server receives only counts; any use beyond outreach is forbidden, as the notice says."),
    },
    {
      name: t("Erreur de règle ou montant faux", "Wrong rule or amount"),
      description: t("Une règle simplifiée ou un paramètre périmé peut annoncer un droit inexistant ou oublier un droit réel.", "A simplified rule or an outdated parameter can announce a right that does not exist or miss a real one."),
      mitigation: t("Paramètres datés avec leur source, foyers de référence calculés à la main et testés, réponse « à vérifier » dès que la règle ne peut trancher.", "Parameters dated with their source, reference households worked out by hand and tested, a \"to check\" answer whenever the rule cannot decide."),
    },
  ],
  nonDiscrimination: t(
    "Ni le sexe, ni la nationalité, ni le handicap, ni l'origine ne sont des entrées du modèle. La part des non-recourants atteinte par la tête de liste est mesurée pour chaque groupe (sexe, âge, nationalité, type de foyer, arrondissement, handicap, origine) et doit rester à moins de 5 points de la part globale ; la capacité des entrées à révéler chaque attribut protégé est publiée (AUC).",
    "Neither sex, nationality, disability nor origin is a model input. The share of non-claimants reached by the top of the list is measured for every group (sex, age, nationality, household type, arrondissement, disability, origin) and must stay within 5 points of the overall share; how well the inputs reveal each protected attribute is published (AUC).",
  ),
  protectedAttributesUsed: [
    { attribute: "age", why: t("Les règles de droit dépendent de l'âge (minimum vieillesse, RSA) ; l'âge de l'adulte le plus âgé est une entrée.", "The legal rules depend on age (minimum old-age pension, RSA); the oldest adult's age is an input.") },
    { attribute: "disability", why: t("Règles seulement, jamais le modèle : la loi ouvre le minimum vieillesse dès 62 ans et certaines aides de Paris aux personnes handicapées ; la réponse est alors « à vérifier ».", "Rules only, never the model: the law opens the minimum old-age pension from 62 and some Paris aids to disabled people; the answer is then \"to check\".") },
    { attribute: "nationality", why: t("Règles seulement, jamais le modèle : le RSA, la prime d'activité et le minimum vieillesse exigent des ressortissants hors UE un titre de séjour depuis 5 ou 10 ans ; en deçà, la réponse est « à vérifier » (réfugiés exemptés).", "Rules only, never the model: the RSA, the prime d'activité and the minimum old-age pension require non-EU nationals to hold a residence permit for 5 or 10 years; below that the answer is \"to check\" (refugees are exempt).") },
  ],
  impactAssessments: [
    {
      name: t("Résumé FRAIA (IAMA) de l'équipe de développement", "FRAIA (IAMA) summary by the development team"),
      description: t(
        "Première évaluation d'impact sur les droits fondamentaux, résumée ci-dessous ; l'AIPD (RGPD art. 35) du traitement du fichier des foyers reste à conduire avec le délégué à la protection des données.",
        "A first fundamental-rights impact assessment, summarised below; the DPIA (GDPR art. 35) of the household-file processing remains to be carried out with the data protection officer.",
      ),
      date: PUBLISHED_ON,
      link: "/registre#droits-droits-fondamentaux",
    },
  ],
  fundamentalRights: {
    method: "FRAIA (IAMA) 2021 — summary",
    why: t(
      "Problème : un tiers à la moitié des ayants droit ne demandent pas des aides vitales. Objectif : informer chacun et proposer une aide aux foyers qui y gagneraient le plus. Valeurs servies : dignité, égalité d'accès aux droits ; valeurs en jeu : vie privée, non-discrimination, confiance envers les services sociaux.",
      "Problem: a third to a half of those entitled do not claim vital benefits. Objective: inform everyone and offer help to the households with most to gain. Values served: dignity, equal access to rights; values at stake: privacy, non-discrimination, trust in social services.",
    ),
    what: t(
      "Règles publiques et datées ; modèle entraîné sur une population synthétique calibrée sur des taux publiés, faute de données réelles de non-recours. Biais : taux nationaux ; variables indirectes mesurées. Explicabilité : raisons par droit, poids de chaque variable publiés.",
      "Public, dated rules; a model trained on a synthetic population calibrated to published rates, for lack of real non-take-up data. Bias: national rates; proxy variables measured. Explainability: reasons by right, weight of every variable published.",
    ),
    how: t(
      "La sortie ordonne une liste ; le travailleur social choisit, le foyer décide, l'organisme accorde. Effets : plus de droits ouverts, rien de retiré. Procédure : mention à chaque foyer contacté, explication sur demande, refus d'être recontacté. Audit : contrôles d'équité à chaque construction.",
      "The output orders a list; the social worker chooses, the household decides, the agency grants. Effects: more rights opened, nothing taken away. Procedure: notice to every household contacted, explanation on request, right to refuse further contact. Audit: fairness checks at every build.",
    ),
    rights: [
      {
        right: t("Droit à la protection sociale et à une vie digne", "Right to social protection and a dignified life"),
        seriousness: "none",
        assessment: t("Servi par l'outil, qui ne peut qu'ajouter des droits.", "Served by the tool, which can only add rights."),
      },
      {
        right: t("Égalité et non-discrimination", "Equality and non-discrimination"),
        seriousness: "moderate",
        assessment: t("Risque de reléguer un groupe par des variables indirectes ; borné par la liste à rythme égal et le contrôle à 5 points.", "Risk of pushing a group down through proxies; bounded by the evenly paced list and the 5-point check."),
      },
      {
        right: t("Respect de la vie privée", "Privacy"),
        seriousness: "low",
        assessment: t("Aucune donnée de foyer ne quitte l'appareil ; seuls des comptes agrégés sont envoyés.", "No household data leaves the device; only aggregate counts are sent."),
      },
    ],
    necessityAndSubsidiarity: t(
      "L'information seule (le simulateur) ne touche pas ceux qui ne la cherchent pas ; contacter tout le monde est impossible avec les moyens du service. Un ordre est donc nécessaire, et le moins intrusif possible : calculé sur place, sans croisement de fichiers.",
      "Information alone (the simulator) does not reach those who do not look for it; contacting everyone is impossible with the service's means. An order is therefore needed, and the least intrusive one: computed on site, without file matching.",
    ),
    balance: t(
      "L'outil ne peut qu'ouvrir des droits, sans déplacer de données : l'équilibre est jugé nettement favorable, sous réserve de l'AIPD et d'une vérification sur des résultats réels d'accompagnement.",
      "The tool can only open rights, without moving data: the balance is judged clearly favourable, subject to the DPIA and a check on real outreach outcomes.",
    ),
  },
  crpa: {
    individualDecision: false,
    mention: rightsMentions.outreach,
    explanation: t(
      `Sur demande à ${RIGHTS_CONTACT}, la Ville communique les règles appliquées, les données utilisées, le poids de chaque variable dans la priorité du foyer et les opérations effectuées (CRPA R311-3-1-2) ; l'agent les voit à l'écran pour chaque foyer.`,
      `On request to ${RIGHTS_CONTACT}, the City gives the rules applied, the data used, the weight of each variable in the household's priority and the operations performed (CRPA R311-3-1-2); the agent sees them on screen for every household.`,
    ),
  },
  publicationDate: PUBLISHED_ON,
  lastChangeDate: PUBLISHED_ON,
  revisionDate: "2027-04-01",
  revisionNote: t("Revalorisation des prestations au 1er avril 2027 et revue annuelle.", "Benefit uprating on 1 April 2027 and yearly review."),
};
