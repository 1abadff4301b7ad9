// The fairness gate, strict and for every model of the registry: each card declares group checks with their
// allowed gap; the gap is recomputed here (a card cannot pass by saying so); no group of a checked attribute is
// left out, and a metric gated for one attribute is gated for every attribute it is reported by unless the card
// says why not (fairness.notGated, published in the register); checked values are the card's own slice
// metrics; and every protected attribute has a proxy check (how well the inputs predict it, AUC) or is
// declared unmeasurable with the reason (fairness.unmeasured).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { modelCardSchema, type ModelCard } from "../../../models/cards/schema";
import type { Manifest } from "../../../models/manifest";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const cards: ModelCard[] = manifest.models.map((m) => modelCardSchema.parse(JSON.parse(readFileSync(new URL(m.card, artifacts), "utf8"))));
const TOLERANCE = 1e-12;

test.each(cards.map((c) => [`${c.id}@${c.version}`, c] as const))("%s: every group check is within its allowed gap, recomputed", (_, card) => {
  expect(card.fairness.checks.length, "group checks declared in the card").toBeGreaterThan(0);
  for (const check of card.fairness.checks) {
    const what = `${check.attribute}=${check.group} ${check.metric}: |${check.value} − ${check.reference}| vs ${check.maxGap}`;
    expect(Number.isFinite(check.value) && Number.isFinite(check.reference) && check.maxGap > 0, what).toBe(true);
    const within = Math.abs(check.value - check.reference) <= check.maxGap + TOLERANCE;
    expect(check.passed, `${what}: the card's "passed" must be the recomputed result`).toBe(within);
    expect(within, what).toBe(true);
  }
});

test.each(cards.map((c) => [`${c.id}@${c.version}`, c] as const))("%s: no group or attribute left out of a gated metric, values from the card's slices", (_, card) => {
  const gated = new Set(card.fairness.checks.map((c) => c.metric));
  const checked = new Set(card.fairness.checks.map((c) => `${c.attribute}|${c.group}|${c.metric}`));
  const exempt = new Set((card.fairness.notGated ?? []).map((g) => `${g.attribute}|${g.metric}`));
  for (const g of card.fairness.notGated ?? []) {
    expect(card.fairness.checks.some((c) => c.attribute === g.attribute && c.metric === g.metric), `${g.attribute} ${g.metric} is both gated and declared not gated`).toBe(false);
  }
  for (const slice of card.metrics.slices) {
    for (const metric of Object.keys(slice.metrics).filter((m) => gated.has(m) && !exempt.has(`${slice.slice}|${m}`))) {
      expect(checked.has(`${slice.slice}|${slice.group}|${metric}`), `${metric} is gated, but not for ${slice.slice}=${slice.group}`).toBe(true);
    }
  }
  for (const check of card.fairness.checks) {
    const slice = card.metrics.slices.find((s) => s.slice === check.attribute && s.group === check.group);
    if (slice && check.metric in slice.metrics) expect(check.value, `${check.attribute}=${check.group} ${check.metric}`).toBe(slice.metrics[check.metric]);
  }
});

test.each(cards.map((c) => [`${c.id}@${c.version}`, c] as const))("%s: every protected attribute has a proxy check or a stated reason why it cannot be measured", (_, card) => {
  const covers = (name: string, attribute: string) => name === attribute || name.startsWith(`${attribute} `);
  for (const attribute of card.fairness.protectedAttributes) {
    const proxy = card.fairness.proxies.find((p) => covers(p.attribute, attribute));
    const unmeasured = (card.fairness.unmeasured ?? []).find((u) => covers(u.attribute, attribute));
    expect(proxy ?? unmeasured, `${attribute}: add a proxy check (AUC) or fairness.unmeasured with the reason`).toBeDefined();
    if (proxy) expect(proxy.auc, `${attribute}: proxy AUC`).toBeGreaterThanOrEqual(0.5 - 0.05);
  }
});
