// Runs a model's reference examples (from its card) on this device — the same feature code and ONNX file
// as the Worker — and fetches the edge's outputs for the same examples, for comparison.
import { featureDefinition } from "../../../../models/features";
import type { ModelCard } from "../../../../models/cards/schema";
import type { ModelCheck } from "../../../../domain/contracts/platform";
import { deviceModel } from "../../inference/ort";

export interface CheckRow {
  recorded: number;
  device: number;
  edge: number;
}

const json = <T,>(response: Response): Promise<T> => {
  if (!response.ok) throw new Error(`${new URL(response.url).pathname}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
};

export async function checkOnDevice(id: string): Promise<CheckRow[]> {
  const model = await deviceModel(id);
  const { entry } = model;
  const [card, edge] = await Promise.all([
    fetch(`/api/v1/models/${entry.id}`).then((r) => json<ModelCard>(r)),
    fetch(`/api/v1/models/${entry.id}/${entry.version}/check`).then((r) => json<ModelCheck>(r)),
  ]);
  const features = featureDefinition(entry.id);
  const width = entry.features.length;
  const rows = new Float32Array(card.examples.length * width);
  card.examples.forEach((example, i) => rows.set(features.encode(example.input, model.context), i * width));
  const outputs = await model.run(rows);
  return card.examples.map((example, i) => ({ recorded: example.output, device: outputs[i], edge: edge.examples[i].output }));
}
