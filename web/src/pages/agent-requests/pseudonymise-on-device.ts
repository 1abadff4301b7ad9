// A letter's text pseudonymised in the agent's browser with the same code and the same ONNX model as the
// Worker (the pii-tagger through deviceModel, then the rules): only the result, with its mapping, is sent.
import { deviceModel } from "../../inference/ort";
import type { TaggerContext } from "../../../../models/pii-tagger/features";
import { findPii } from "../../../../models/pii-tagger/find";
import { mappingOf, replaceSpans, type MappingEntry } from "../../../../domain/requests/pseudonymise";

export async function pseudonymiseOnDevice(text: string): Promise<{ text: string; mapping: MappingEntry[] }> {
  const tagger = await deviceModel("pii-tagger");
  const result = replaceSpans(text, await findPii(text, tagger.run, tagger.context as TaggerContext));
  return { text: result.text, mapping: mappingOf(result.replacements) };
}
