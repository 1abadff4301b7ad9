// Writes models/cards/card.schema.json, the JSON Schema export of the model card schema.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { modelCardSchema } from "./schema.ts";

writeFileSync(new URL("./card.schema.json", import.meta.url), `${JSON.stringify(z.toJSONSchema(modelCardSchema), null, 2)}\n`);
