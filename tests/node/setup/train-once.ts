// Each model is trained once per run of the Node tests. The artifacts test retrains every model to compare it
// with the committed files, and the evaluation tests examine the same trainings (same seeds, same data): the
// training functions are wrapped here, for every Node test file, so whichever file asks first trains and the
// others read its result (./once-per-run.ts). The functions themselves are the real ones, unchanged.
import { vi } from "vitest";

vi.mock(import("../../../models/heat-risk/training/train.ts"), async (importOriginal) => {
  const { oncePerRun } = await import("./once-per-run.ts");
  const real = await importOriginal();
  return { ...real, trainHeatRisk: oncePerRun("trainHeatRisk", real.trainHeatRisk) };
});

vi.mock(import("../../../models/sale-price/training/train.ts"), async (importOriginal) => {
  const { oncePerRunAsync } = await import("./once-per-run.ts");
  const real = await importOriginal();
  return { ...real, trainSalePrice: oncePerRunAsync("trainSalePrice", real.trainSalePrice) };
});

// The labelled population (600,000 households, about 400 MB once serialised) is not shared; nothing reads it
// from the training result.
vi.mock(import("../../../models/non-take-up/training/train.ts"), async (importOriginal) => {
  const { oncePerRun } = await import("./once-per-run.ts");
  const real = await importOriginal();
  return { ...real, trainNonTakeUp: oncePerRun("trainNonTakeUp", real.trainNonTakeUp, ["population"]) };
});
