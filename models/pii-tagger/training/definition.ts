// The pii-tagger for the registry: a token tagger (O / PER / ADDRESS) trained on synthetic letters and on
// the CC0 Europeana newspapers, evaluated as part of the whole pseudonymiser (rules + tagger) on held-out
// letters and passages, recall and precision per label. The card's text is models/pii-tagger/card.json.
import card from "../card.json" with { type: "json" };
import type { ModelDefinition } from "../../model-definition.ts";
import { gapChecks } from "../../cards/fairness.ts";
import { hashedSoftmaxToOnnx } from "../../lib/onnx.ts";
import { predictHashedSoftmax, type HashedSoftmaxModel } from "../../lib/hashed-softmax.ts";
import { detectPii } from "../../../domain/requests/pseudonymise.ts";
import { REQUESTS_CONTACT, REQUESTS_OWNER } from "../../../domain/requests/mention.ts";
import { foldText } from "../../../domain/requests/text.ts";
import { TAGGER_CLASSES, TAGGER_SLOTS, taggerFeatures, type TaggerContext } from "../features.ts";
import { decodeTaggerSpans, NAME_EXTENSION_THRESHOLD, TAGGER_THRESHOLDS } from "../decode.ts";
import { readPassages } from "./europeana.ts";
import { labelFigures, type LabelFigures } from "./evaluate.ts";
import { letters } from "./letters.ts";
import { TAGGER_EPOCHS, TAGGER_SEED, trainTagger } from "./train.ts";
import { FIRST_NAMES, SURNAME_GROUPS } from "./values.ts";

export const TRAINING_LETTERS = { count: 6000, seed: 1 } as const;
export const HELD_OUT_LETTERS = { count: 1000, seed: 2 } as const;

/** The whole pseudonymiser's spans of a text, with the tagger run in TypeScript (same weights as the ONNX). */
export function pseudonymiserSpans(model: HashedSoftmaxModel, context: TaggerContext, text: string) {
  const { tokens, rows } = taggerFeatures(text, context);
  const probabilities = new Float32Array(tokens.length * TAGGER_CLASSES.length);
  for (let i = 0; i < tokens.length; i++) {
    probabilities.set(predictHashedSoftmax(model, rows.subarray(i * TAGGER_SLOTS, (i + 1) * TAGGER_SLOTS)), i * TAGGER_CLASSES.length);
  }
  return detectPii(text, decodeTaggerSpans(text, tokens, probabilities));
}

/** Largest gap allowed between the name recall of a surname group and the overall name recall. */
export const NAME_RECALL_GAP = 0.05;

const EXAMPLES = [
  "Bonjour, je suis Fatoumata Diallo, j'habite 12 rue de la Roquette, 75011 Paris.",
  "Madame, Monsieur,\nmon père M. Jean-Pierre LEFÈVRE est hospitalisé.\nCordialement,\nSophie Lefèvre",
];

export const piiTaggerDefinition: ModelDefinition = {
  id: "pii-tagger",
  version: "1.0.0",
  task: "token-classification",
  runsOn: ["edge", "device"],
  heads: [{ name: "token", labels: [...TAGGER_CLASSES] }],
  card,
  facts: {
    trainingLetters: TRAINING_LETTERS,
    heldOutLetters: HELD_OUT_LETTERS,
    epochs: TAGGER_EPOCHS,
    trainingSeed: TAGGER_SEED,
    thresholds: TAGGER_THRESHOLDS,
    nameExtensionThreshold: NAME_EXTENSION_THRESHOLD,
    classes: TAGGER_CLASSES,
    owner: REQUESTS_OWNER,
    contact: REQUESTS_CONTACT,
  },
  train() {
    const context: TaggerContext = { firstNames: [...new Set(FIRST_NAMES.map(foldText))].sort() };
    const trainingLetters = letters(TRAINING_LETTERS.count, false, TRAINING_LETTERS.seed);
    const trainingPassages = readPassages(false);
    const model = trainTagger([...trainingLetters, ...trainingPassages], context);
    const heldOutLetters = letters(HELD_OUT_LETTERS.count, true, HELD_OUT_LETTERS.seed);
    const heldOutPassages = readPassages(true);
    const evaluated = heldOutLetters.map((l) => ({ ...l, found: pseudonymiserSpans(model, context, l.text) }));
    const onLetters = labelFigures(evaluated);
    const onPassages = labelFigures(heldOutPassages.map((p) => ({ ...p, found: pseudonymiserSpans(model, context, p.text) })));
    const per = (figures: LabelFigures[], label: string) => figures.find((f) => f.label === label);
    const overallNameRecall = per(onLetters, "PER")!.recall;
    const byGroup = Object.keys(SURNAME_GROUPS).map((group) => {
      const figures = per(labelFigures(evaluated.map((e) => ({ ...e, spans: e.spans.filter((s) => s.group === group) }))), "PER")!;
      return { group, count: figures.trueSpans, recall: figures.recall };
    });
    const onnx = hashedSoftmaxToOnnx([{ name: "token", model }], TAGGER_SLOTS, {
      docString: "Recoque pii-tagger: per-token O / PER / ADDRESS probabilities (models/pii-tagger)",
      metadata: { classes: JSON.stringify(TAGGER_CLASSES) },
    });
    const slices = [
      ...onLetters.map((f) => ({ slice: "heldOutLetters", group: f.label, count: f.trueSpans, metrics: { recall: f.recall, hidden: f.hidden, precision: f.precision, foundSpans: f.foundSpans } })),
      ...onPassages.map((f) => ({ slice: "heldOutEuropeana1906", group: f.label, count: f.trueSpans, metrics: { recall: f.recall, hidden: f.hidden, precision: f.precision, foundSpans: f.foundSpans } })),
      ...byGroup.map((g) => ({ slice: "surnameOrigin", group: g.group, count: g.count, metrics: { recallPER: g.recall } })),
    ];
    const overall = Object.fromEntries([
      ...onLetters.flatMap((f) => [
        [`recall${f.label}`, f.recall],
        [`precision${f.label}`, f.precision],
      ]),
      ["recallPerEuropeana", per(onPassages, "PER")?.recall ?? 0],
      ["precisionPerEuropeana", per(onPassages, "PER")?.precision ?? 0],
    ]);
    const metrics = {
      trainingRows: trainingLetters.length + trainingPassages.length,
      trainingPassages: trainingPassages.length,
      evaluationRows: heldOutLetters.length + heldOutPassages.length,
      heldOutPassages: heldOutPassages.length,
      overall,
      slices,
      letters: onLetters.map((f) => ({ label: f.label, recall: f.recall, precision: f.precision })),
      checks: gapChecks(slices, "recallPER", overallNameRecall, NAME_RECALL_GAP, ["surnameOrigin"]),
    };
    return { onnx, context, explainer: null, trainingSeed: TAGGER_SEED, metrics, exampleInputs: EXAMPLES };
  },
};
