// Runs a model's reference examples (from its card) on this device — the same feature code and ONNX file
// as the Worker — and fetches the edge's outputs for the same examples, for comparison.
import { anyFeatureDefinition, encodeRows, type ModelId } from "../../../../models/features";
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

export async function checkOnDevice(id: ModelId): Promise<CheckRow[]> {
  const model = await deviceModel(id);
  const { entry } = model;
  const [card, edge] = await Promise.all([
    fetch(`/api/v1/models/${entry.id}`).then((r) => json<ModelCard>(r)),
    fetch(`/api/v1/models/${entry.id}/${entry.version}/check`).then((r) => json<ModelCheck>(r)),
  ]);
  const rows = encodeRows(anyFeatureDefinition(entry.id), card.examples.map((example) => example.input), model.context);
  const outputs = await model.run(rows);
  return card.examples.map((example, i) => ({ recorded: example.output, device: outputs[i], edge: edge.examples[i].output }));
}
