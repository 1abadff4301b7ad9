// `npm run -s requests:pseudonymise -- --in FILE.jsonl`: for each `{"id", "text"}` line, the personal
// data found by the shipped pii-tagger and the rules, as `{"id", "spans": [{"start", "end", "label"}]}`
// (offsets in JavaScript string indices of the text), with the code the Worker runs. Node only.
import { findPii } from "../../../models/pii-tagger/find.ts";
import { readInput } from "./jsonl.ts";
import { openRequestModels } from "./node-models.ts";

const { lines, bad } = readInput(process.argv);
const models = await openRequestModels();
for (const { id, text } of lines) {
  const spans = await findPii(text, models.runTagger, models.taggerContext);
  process.stdout.write(`${JSON.stringify({ id, spans: spans.map(({ start, end, label }) => ({ start, end, label })) })}\n`);
}
if (bad > 0) process.exitCode = 2;
