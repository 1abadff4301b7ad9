// Every citizen page offline after one visit, as a person would use the app: online, one visit of each page
// (the service worker installs on the first and takes control; the heat page keeps its status and the model's
// files), then offline: every page opens, the heat status last received shows with its time and is marked as
// possibly stale, and the self-assessment and the rights simulator give their results (the models' check, which
// compares with the server, says it needs a connection).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { routes } from "../../web/src/app/routes";
import { axeViolations, launchBrowser, newContext, sendForecast } from "./browser";
import { fillSingleAdult } from "../../infra/scripts/lib/rights-form";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const citizenPages = routes.filter((r) => r.audience === "citizen").map((r) => r.path);

/** Whether one of the service worker's caches holds a URL whose path ends with this. */
const cached = (page: Page, suffix: string) =>
  page.evaluate(async (end) => {
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      if (keys.some((request) => new URL(request.url).pathname.endsWith(end))) return true;
    }
    return false;
  }, suffix);

test("every citizen page works offline after one visit", async () => {
  await sendForecast(new Date().toISOString(), [22, 33]);
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const path of citizenPages) {
    await page.goto(path);
    await page.locator("main h1").waitFor();
    if (path === "/") await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  await page.goto("/canicule");
  await page.locator(".today[data-day]").waitFor();
  for (const file of [".wasm", "/model.onnx", "/heat/status"]) await expect.poll(() => cached(page, file), { timeout: 60_000 }).toBe(true);
  await page.goto("/alertes");
  await page.locator("table[data-hazard-levels] tbody tr").first().waitFor();
  await expect.poll(() => cached(page, "/api/v1/climate/status"), { timeout: 60_000 }).toBe(true);
  await page.goto("/registre");
  await page.locator("section.register-entry").first().waitFor();
  await expect.poll(() => cached(page, "/api/v1/register")).toBe(true);

  await context.setOffline(true);
  for (const path of citizenPages) {
    await page.goto(path);
    await page.locator("main h1").waitFor();
    expect(await page.locator(".notice-offline").count(), path).toBe(1);
    expect(await page.locator(".notice-error").count(), path).toBe(0);
    expect(await axeViolations(page), path).toEqual([]);
  }

  await page.goto("/canicule");
  await page.locator("[data-stale]").waitFor();
  expect(await page.textContent("[data-stale]")).toMatch(/datent du .*\d{1,2}:\d{2}.*peuvent ne plus être à jour/);
  expect(await page.textContent(".today[data-day]")).toContain("Orange");
  await page.fill("#assess-age", "84");
  await page.check("input[name=livesAlone]");
  await page.getByRole("button", { name: "Calculer mon risque" }).click();
  await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });
  expect(await page.textContent("[data-assessment]")).toContain("65 ans");

  await page.getByRole("link", { name: "Mes droits" }).first().click();
  await page.locator("form[data-rights-form]").waitFor();
  await fillSingleAdult(page, { age: 70, pensions: 700, housing: "tenantSocial", rent: 400, housingAid: false, arrondissement: 13 });
  await page.click("button[type=submit]");
  await page.locator("#benefit-aspa").waitFor();
  expect(await page.textContent(".results")).toMatch(/par mois/);

  await page.goto("/registre");
  await expect.poll(() => page.locator("section.register-entry").count()).toBeGreaterThan(1);

  await page.goto("/modeles");
  await page.locator("main section button").first().click();
  await expect.poll(() => page.locator("main section .notice-error").first().textContent()).toContain("besoin d'une connexion");
  await context.close();
});
