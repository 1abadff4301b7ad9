// The model registry over HTTP (public: every algorithm of Recoque is published): the list, each model's
// card, and the ONNX file and feature context of each version, immutable and tagged with their SHA-256.
import { createRoute, z } from "@hono/zod-openapi";
import {
  featureContextSchema, modelCardResponseSchema, modelCheckSchema, modelListSchema, predictionsSchema, predictRequestSchema,
} from "../../../domain/contracts/platform";
import { cards, contexts, manifest } from "../../../models/artifacts";
import { anyFeatureDefinition, encodeRows } from "../../../models/features";
import type { ModelCard } from "../../../models/cards/schema";
import { edgeModels, modelBytes } from "../inference/registry";
import { forRoles, publicRoute } from "../platform/access";
import { ApiError, errorResponses } from "../platform/errors";
import { subApp } from "../platform/openapi";

const idParams = z.object({ id: z.string().max(100) });
const versionParams = idParams.extend({ version: z.string().max(50) });
const IMMUTABLE = "public, max-age=31536000, immutable";

const fileUrl = (id: string, version: string) => `/api/v1/models/${id}/${version}/model.onnx`;

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
      const examples = card.examples.map((example, i) => ({ expected: example.output, output: outputs[i] }));
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
      ...forRoles("ops"),
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
      const batch = new Float32Array(rows.length * width);
      rows.forEach((row, i) => row.forEach((value, j) => (batch[i * width + j] = value ?? Number.NaN)));
      const model = await edgeModels.load(entry.id, entry.version);
      let outputs = await model.run(batch);
      for (let i = 1; i < repeat; i++) outputs = await model.run(batch);
      return c.json({ outputs: Array.from(outputs) }, 200);
    },
  );
