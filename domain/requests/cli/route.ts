// `npm run -s requests:route -- --in FILE.jsonl`: for each `{"id", "text"}` line, the routing proposal
// the Worker makes, `{"id", "theme", "whereToGo", "top3": [{"label", "p"}], "themeTop3": [{"label", "p"}]}`:
// the text is pseudonymised first (as on receipt), then routed by the shipped request-routing model.
// Node only.
import { findPii } from "../../../models/pii-tagger/find.ts";
import { proposeRouting } from "../../../models/request-routing/propose.ts";
import { replaceSpans } from "../pseudonymise.ts";
import { readInput } from "./jsonl.ts";
import { openRequestModels } from "./node-models.ts";

const BATCH = 256;
const { lines, bad } = readInput(process.argv);
const models = await openRequestModels();
for (let from = 0; from < lines.length; from += BATCH) {
  const batch = lines.slice(from, from + BATCH);
  const texts = await Promise.all(batch.map(async ({ text }) => replaceSpans(text, await findPii(text, models.runTagger, models.taggerContext)).text));
  const proposals = await proposeRouting(texts, models.runRouting);
  batch.forEach(({ id }, i) => process.stdout.write(`${JSON.stringify({ id, ...proposals[i] })}\n`));
}
if (bad > 0) process.exitCode = 2;
