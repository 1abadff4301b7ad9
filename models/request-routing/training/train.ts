// Trains the two heads of the request-routing model on the training fiches' views: the theme (10 classes,
// soft targets over the fiche's themes) and where to go (14 offices, soft targets over the fiche's
// offices), then fits each head's temperature on the calibration fiches' message views and folds it in.
// Node only (reads the shared data through fiches.ts).
import { fitHashedSoftmax, fitTemperature, withTemperature, type HashedExample, type HashedSoftmaxModel } from "../../lib/hashed-softmax.ts";
import { createRng } from "../../lib/rng.ts";
import { OFFICES, THEMES } from "../../../domain/requests/labels.ts";
import { ROUTING_BUCKETS, routingFeatures } from "../features.ts";
import type { Fiche } from "./fiches.ts";
import { evaluationViews, trainingViews } from "./views.ts";

export const TRAINING_SEED = 11;
export const EPOCHS = 8;
export const LEARNING_RATE = 2;
export const L2 = 1e-6;

export interface RoutingHeads {
  theme: HashedSoftmaxModel;
  office: HashedSoftmaxModel;
  temperatures: { theme: number; office: number };
}

function distribution<T extends string>(labels: readonly T[], chosen: readonly T[]): Float32Array {
  const target = new Float32Array(labels.length);
  for (const label of chosen) target[labels.indexOf(label)] = 1 / chosen.length;
  return target;
}

interface LabelledText {
  ids: Float32Array;
  fiche: Fiche;
}

function themeExamples(texts: LabelledText[]): HashedExample[] {
  return texts.filter((t) => t.fiche.themes.length > 0).map((t) => ({ ids: t.ids, target: distribution(THEMES, t.fiche.themes) }));
}

function officeExamples(texts: LabelledText[]): HashedExample[] {
  return texts.map((t) => ({ ids: t.ids, target: distribution(OFFICES, t.fiche.offices) }));
}

export interface RoutingTraining {
  epochs: number;
  learningRate: number;
  l2: number;
}

export const ROUTING_TRAINING: RoutingTraining = { epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2 };

export function trainRoutingHeads(train: Fiche[], calibration: Fiche[], training = ROUTING_TRAINING): RoutingHeads {
  const rng = createRng(TRAINING_SEED);
  const texts: LabelledText[] = train.flatMap((fiche) => trainingViews(fiche, rng).map((text) => ({ ids: routingFeatures(text), fiche })));
  const calibrationRng = createRng(TRAINING_SEED + 1);
  const calibrationTexts = calibration.map((fiche) => ({ ids: routingFeatures(evaluationViews(fiche, calibrationRng).message), fiche }));
  const options = { buckets: ROUTING_BUCKETS, ...training, seed: TRAINING_SEED };
  const theme = fitHashedSoftmax(themeExamples(texts), { ...options, classes: THEMES.length });
  const office = fitHashedSoftmax(officeExamples(texts), { ...options, classes: OFFICES.length });
  const temperatures = {
    theme: fitTemperature(theme, themeExamples(calibrationTexts)),
    office: fitTemperature(office, officeExamples(calibrationTexts)),
  };
  return {
    theme: withTemperature(theme, temperatures.theme),
    office: withTemperature(office, temperatures.office),
    temperatures,
  };
}
