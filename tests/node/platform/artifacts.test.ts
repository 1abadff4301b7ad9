// The committed model artifacts are what the toolchain produces: every model is retrained (seeded) and
// its ONNX bytes, card, feature context and explainer trees compared with the committed ones; every card
// validates against the card schema (the fairness gate itself: tests/node/trust/fairness.test.ts).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { buildAll, compareWithCommitted } from "../../../models/build";
import { modelCardSchema } from "../../../models/cards/schema";
import { definitions } from "../../../models/all-models";
import type { Manifest } from "../../../models/manifest";
import { SHARED_RESULT_TIMEOUT_MS } from "../setup/once-per-run.ts";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;

/** The card's features as input columns: an entry "first…last" (the slots of hashed features, listed once)
 * stands for the manifest's columns from first to last. */
const inputColumns = (listed: string[], columns: string[]) =>
  listed.flatMap((name) => {
    const [first, last] = name.split("…");
    const from = columns.indexOf(first);
    const to = last === undefined ? -1 : columns.indexOf(last);
    return to > from && from >= 0 ? columns.slice(from, to + 1) : [name];
  });

test("every model of the registry has a definition and a valid card", () => {
  expect(manifest.models.map((m) => m.id).sort()).toEqual(definitions.map((d) => d.id).sort());
  for (const entry of manifest.models) {
    const card = modelCardSchema.parse(JSON.parse(readFileSync(new URL(entry.card, artifacts), "utf8")));
    expect(card.artifact.sha256).toBe(entry.sha256);
    expect(inputColumns(card.data.features.map((f) => f.name), entry.features)).toEqual(entry.features);
  }
});

test("retraining every model reproduces the committed artifacts byte for byte", async () => {
  const built = await buildAll();
  expect(compareWithCommitted(built)).toEqual([]);
}, SHARED_RESULT_TIMEOUT_MS);
