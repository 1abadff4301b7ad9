// Writes the JSON Schema of the household (household.schema.json) for the web questionnaire and other tools.
// Usage: npx tsx domain/rights/cli/write-schema.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { householdJsonSchema } from "../household.ts";

const target = fileURLToPath(new URL("../household.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(householdJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
