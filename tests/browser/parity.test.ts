// Same model, same feature code, same outputs: Chromium (onnxruntime-web in the page) against the Worker
// (onnxruntime-web in workerd) on every model's reference examples, within 1e-6.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import manifest from "../../models/artifacts/manifest.json";
import { baseUrl, launchBrowser, newContext } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.each(manifest.models.map((m) => [m.id] as const))("%s gives the same outputs in Chromium and in the Worker", async (id) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/modeles");
  await page.locator(`#model-${id}`).waitFor();
  await page.locator("section", { has: page.locator(`#model-${id}`) }).getByRole("button").click();
  await page.locator(`[data-model-check="${id}"]`).waitFor({ timeout: 60_000 });
  const cells = await page.locator(`[data-model-check="${id}"] td[data-device]`).evaluateAll((tds) =>
    tds.map((td) => ({ device: Number(td.getAttribute("data-device")), edge: Number(td.getAttribute("data-edge")) })),
  );
  const entry = manifest.models.find((m) => m.id === id)!;
  const fromWorker = (await (await fetch(`${baseUrl()}/api/v1/models/${id}/${entry.version}/check`)).json()) as { examples: { output: number }[] };
  expect(cells.length).toBe(fromWorker.examples.length);
  cells.forEach((cell, i) => {
    expect(Math.abs(cell.device - fromWorker.examples[i].output)).toBeLessThanOrEqual(1e-6);
    expect(cell.edge).toBe(fromWorker.examples[i].output);
  });
  await context.close();
});
