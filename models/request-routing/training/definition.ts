// The request-routing model for the registry: one ONNX file with two softmax heads over the same hashed
// text features, the theme (10 service-public themes) and where to go (14 offices). One model rather than
// two because both heads read the same features: one hashing pass, one session and one file to check per
// request, while each head is still trained and calibrated on its own. Trained and evaluated on the
// service-public.fr fiches (fiches.ts, views.ts, evaluate.ts). The card's text is models/request-routing/card.json.
import card from "../card.json" with { type: "json" };
import type { ModelDefinition } from "../../model-definition.ts";
import { gapChecks } from "../../cards/fairness.ts";
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
  card,
  facts: { fichesFile: FICHES_FILE, epochs: EPOCHS, learningRate: LEARNING_RATE, trainingSeed: TRAINING_SEED, writingGap: WRITING_GAP, owner: REQUESTS_OWNER, contact: REQUESTS_CONTACT },
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
    const overall = {
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
    };
    const slices = [
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
    ];
    const checks = gapChecks(slices, "themeAccuracy", writing.overall, WRITING_GAP, ["writing"]);
    const metrics = { overall, slices, calibration: messageView.theme.calibration, checks, writing: writing.groups };
    return { onnx, context: null, explainer: null, trainingSeed: TRAINING_SEED, metrics, exampleInputs: EXAMPLES };
  },
};
