// The model registry over HTTP (public: every algorithm of Recoque is published): the list, each model's
// card, and the ONNX file and feature context of each version, immutable and tagged with their SHA-256.
import { createRoute, z } from "@hono/zod-openapi";
import {
  featureContextSchema, modelCardResponseSchema, modelCheckSchema, modelListSchema, predictionsSchema, predictRequestSchema,
} from "../../../domain/contracts/platform";
import { cards, contexts, manifest } from "../../../models/artifacts";
import { anyFeatureDefinition, encodeRows } from "../../../models/features";
import { recordedOutputs } from "../../../models/cards/examples";
import type { ModelCard } from "../../../models/cards/schema";
import type { ModelEntry } from "../../../models/manifest";
import type { FieldError } from "../../../domain/contracts/errors";
import { edgeModels, modelBytes } from "../inference/registry";
import { forRoles, forRolesWithBody, publicRoute } from "../platform/access";
import { ApiError, errorResponses } from "../platform/errors";
import { subApp } from "../platform/openapi";

const idParams = z.object({ id: z.string().max(100) });
const versionParams = idParams.extend({ version: z.string().max(50) });
const IMMUTABLE = "public, max-age=31536000, immutable";

const fileUrl = (id: string, version: string) => `/api/v1/models/${id}/${version}/model.onnx`;

/** Tree ensembles send a missing value (NaN) to the side learnt at training (models/lib/onnx.ts); the logistic
 * and hashed-softmax graphs turn it into a NaN output. A version has an explainer exactly when it has trees. */
const handlesMissing = (entry: ModelEntry) => entry.explainer !== null;

const FLOAT32_MAX = 3.4028234663852886e38;
const MAX_FIELD_ERRORS = 20;

/** The values of `rows` the model cannot take, named `rows.<row>.<feature>` (the first few). */
function refusedValues(rows: readonly (readonly (number | null)[])[], missingAllowed: boolean): FieldError[] {
  const refused: FieldError[] = [];
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (refused.length >= MAX_FIELD_ERRORS) return;
      if (value === null) {
        if (!missingAllowed) refused.push({ field: `rows.${i}.${j}`, message: "is null: this model takes no missing value" });
      } else if (!Number.isFinite(value) || Math.abs(value) > FLOAT32_MAX) refused.push({ field: `rows.${i}.${j}`, message: "is not a finite float32 number" });
    }),
  );
  return refused;
}

function requireModel(id: string, version?: string) {
  const entry = edgeModels.find(id, version);
  if (!entry) throw new ApiError("not_found", `No model ${id}${version ? ` version ${version}` : ""}.`);
  return entry;
}

export const models = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/models",
      tags: ["models"],
      summary: "List the models of the registry",
      ...publicRoute,
      responses: {
        200: { description: "Every model version", content: { "application/json": { schema: modelListSchema } } },
      },
    }),
    (c) =>
      c.json({
        models: manifest.models.map((m) => ({
          id: m.id, version: m.version, current: m.current, task: m.task, features: m.features,
          runsOn: m.runsOn, sha256: m.sha256, bytes: m.bytes, file: fileUrl(m.id, m.version),
        })),
      }),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/{id}",
      tags: ["models"],
      summary: "The model card of a model's current version",
      ...publicRoute,
      request: { params: idParams },
      responses: {
        200: { description: "Model card (schema: models/cards/schema.ts)", content: { "application/json": { schema: modelCardResponseSchema } } },
        ...errorResponses("not_found"),
      },
    }),
    (c) => {
      const entry = requireModel(c.req.valid("param").id);
      return c.json(cards[`${entry.id}@${entry.version}`] as ModelCard, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/{id}/{version}/model.onnx",
      tags: ["models"],
      summary: "The ONNX file of a model version (ETag = its SHA-256)",
      ...publicRoute,
      request: { params: versionParams },
      responses: {
        200: { description: "ONNX model", content: { "application/octet-stream": { schema: z.any() } } },
        304: { description: "Not modified" },
        ...errorResponses("not_found"),
      },
    }),
    (c) => {
      const { id, version } = c.req.valid("param");
      const entry = requireModel(id, version);
      const etag = `"${entry.sha256}"`;
      const headers = { ETag: etag, "Cache-Control": IMMUTABLE };
      if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
      return c.body(modelBytes(entry), 200, { ...headers, "Content-Type": "application/octet-stream" });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/{id}/{version}/context.json",
      tags: ["models"],
      summary: "The feature context of a model version (lookup tables learnt with it)",
      ...publicRoute,
      request: { params: versionParams },
      responses: {
        200: { description: "Feature context", content: { "application/json": { schema: featureContextSchema } } },
        ...errorResponses("not_found"),
      },
    }),
    (c) => {
      const { id, version } = c.req.valid("param");
      const entry = requireModel(id, version);
      const context = contexts[`${entry.id}@${entry.version}`];
      if (!context) throw new ApiError("not_found", `Model ${id} ${version} has no feature context.`);
      c.header("Cache-Control", IMMUTABLE);
      return c.json(context as Record<string, unknown>, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/{id}/{version}/check",
      tags: ["models"],
      summary: "Run the card's reference examples at the edge (shared feature code + ONNX) against the recorded outputs",
      ...publicRoute,
      request: { params: versionParams },
      responses: {
        200: { description: "Outputs at the edge vs the outputs recorded at training", content: { "application/json": { schema: modelCheckSchema } } },
        ...errorResponses("not_found"),
      },
    }),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const entry = requireModel(id, version);
      const card = cards[`${entry.id}@${entry.version}`] as ModelCard;
      const model = await edgeModels.load(entry.id, entry.version);
      const rows = encodeRows(anyFeatureDefinition(entry.id), card.examples.map((example) => example.input), model.context);
      const outputs = await model.run(rows);
      const examples = recordedOutputs(card).map((expected, i) => ({ expected, output: outputs[i] }));
      const maxAbsDiff = Math.max(...examples.map((e) => Math.abs(e.expected - e.output)));
      return c.json({ id: entry.id, version: entry.version, sha256: model.sha256, ok: maxAbsDiff <= 1e-6, maxAbsDiff, examples }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/models/{id}/{version}/predict",
      tags: ["models"],
      summary: "Run a model version on feature rows (ops: checks, shadow runs, benchmarks)",
      // 1,024 rows of a hashed-text model (512 ids each) are about 2.5 MB of JSON.
      ...forRolesWithBody(8 * 1024 * 1024, "ops"),
      request: {
        params: versionParams,
        body: {
          required: true,
          content: {
            "application/json": {
              schema: predictRequestSchema,
            },
          },
        },
      },
      responses: {
        200: { description: "One output per row", content: { "application/json": { schema: predictionsSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const entry = requireModel(id, version);
      const { rows, repeat } = c.req.valid("json");
      const width = entry.features.length;
      const wrong = rows.findIndex((row) => row.length !== width);
      if (wrong >= 0) throw new ApiError("validation_failed", "Every row must have one value per feature.", [{ field: `rows.${wrong}`, message: `expected ${width} values, got ${rows[wrong].length}` }]);
      const refused = refusedValues(rows, handlesMissing(entry));
      if (refused.length) throw new ApiError("validation_failed", `Model ${entry.id} ${entry.version} takes finite float32 values${handlesMissing(entry) ? " or null (missing)" : ""}.`, refused);
      const batch = new Float32Array(rows.length * width);
      rows.forEach((row, i) => row.forEach((value, j) => (batch[i * width + j] = value ?? Number.NaN)));
      const model = await edgeModels.load(entry.id, entry.version);
      let outputs = await model.run(batch);
      for (let i = 1; i < repeat; i++) outputs = await model.run(batch);
      // The last guard of "outputs are numbers": a row the model cannot score is named, never answered as null.
      const perRow = outputs.length / rows.length;
      const unscored = rows.map((_, i) => i).filter((i) => outputs.subarray(i * perRow, (i + 1) * perRow).some((o) => !Number.isFinite(o)));
      if (unscored.length) {
        throw new ApiError("validation_failed", "The model gives no finite output for some rows: see fields.", unscored.slice(0, MAX_FIELD_ERRORS).map((i) => ({ field: `rows.${i}`, message: "no finite output for these values" })));
      }
      return c.json({ outputs: Array.from(outputs) }, 200);
    },
  );
