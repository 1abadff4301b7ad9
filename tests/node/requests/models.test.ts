// The shipped request models: the ONNX graphs give the probabilities the TypeScript learner gives
// (onnxruntime-web, the Worker's runtime, and onnxruntime-node), rows sum to one per head, and the
// held-out figures in the cards reach the targets (theme macro-F1 ≥ 0.85, where-to-go top 3
// ≥ 0.90) while beating the majority baseline.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as ortNode from "onnxruntime-node";
import type { ModelCard } from "../../../models/cards/schema";
import type { Manifest } from "../../../models/manifest";
import { ROUTING_SLOTS } from "../../../models/request-routing/features";
import { encodeRows, featureDefinition } from "../../../models/features";
import { proposalOf, proposeRouting } from "../../../models/request-routing/propose";
import { findPii } from "../../../models/pii-tagger/find";
import { openRequestModels } from "../../../domain/requests/cli/node-models";
import { OFFICES, THEMES } from "../../../domain/requests/labels";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = (id: string) => manifest.models.find((m) => m.id === id)!;
const card = (id: string) => JSON.parse(readFileSync(new URL(entry(id).card, artifacts), "utf8")) as ModelCard;

describe("request-routing", () => {
  test("held-out figures reach the targets and beat the baseline", () => {
    const overall = card("request-routing").metrics.overall;
    expect(overall.themeMacroF1Fiche).toBeGreaterThanOrEqual(0.85);
    expect(overall.whereToGoTop3Fiche).toBeGreaterThanOrEqual(0.9);
    expect(overall.themeMacroF1Message).toBeGreaterThan(overall.themeMacroF1MajorityBaseline + 0.5);
    expect(overall.whereToGoTop3Message).toBeGreaterThan(overall.whereToGoTop3MajorityBaseline);
  });

  test("the web runtime gives the native runtime's probabilities, one distribution per head", async () => {
    const texts = ["Je veux renouveler mon passeport", "Mon propriétaire garde ma caution", "allocation familiale naissance"];
    const rows = encodeRows(featureDefinition("request-routing"), texts, null);
    const bytes = readFileSync(new URL(entry("request-routing").file, artifacts));
    const native = await (await ortNode.InferenceSession.create(bytes)).run({ features: new ortNode.Tensor("float32", rows, [texts.length, ROUTING_SLOTS]) });
    const models = await openRequestModels();
    const web = await models.runRouting(rows);
    const nativeValues = native.probabilities.data as Float32Array;
    web.forEach((v, i) => expect(Math.abs(v - nativeValues[i])).toBeLessThan(1e-5));
    const width = THEMES.length + OFFICES.length;
    for (let i = 0; i < texts.length; i++) {
      const row = web.subarray(i * width, (i + 1) * width);
      expect(row.subarray(0, THEMES.length).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(row.subarray(THEMES.length).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    const [passport, deposit] = await proposeRouting(texts.slice(0, 2), models.runRouting);
    expect(passport.theme).toBe("Papiers - Citoyenneté");
    // The card's limit: 'none' comes before the town hall, which the agent still sees in the top 3.
    expect(passport.top3.map((r) => r.label).slice(0, 2)).toEqual(["none", "mairie"]);
    expect(deposit.theme).toBe("Logement");
    expect(proposalOf(row0(web)).top3.map((r) => r.p)).toEqual([...proposalOf(row0(web)).top3.map((r) => r.p)].sort((a, b) => b - a));
  });
});

const row0 = (output: Float32Array) => output.subarray(0, THEMES.length + OFFICES.length);

describe("pii-tagger", () => {
  test("held-out recall on names, phones, e-mails and NIR", () => {
    const overall = card("pii-tagger").metrics.overall;
    expect(overall.recallPER).toBeGreaterThanOrEqual(0.95);
    for (const label of ["PHONE", "EMAIL", "NIR"]) expect(overall[`recall${label}`]).toBeGreaterThanOrEqual(0.99);
  });

  test("names no rule knows are found by the tagger, run through ONNX", async () => {
    const models = await openRequestModels();
    const text = "Bonjour,\nje vous écris pour ma voisine Ginette Pourcelot qui est malade.\nMerci,\nAmadou Kouyaté";
    const spans = await findPii(text, models.runTagger, models.taggerContext);
    expect(spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual(["PER:Ginette Pourcelot", "PER:Amadou Kouyaté"]);
    expect(await findPii("", models.runTagger, models.taggerContext)).toEqual([]);
  });
});
