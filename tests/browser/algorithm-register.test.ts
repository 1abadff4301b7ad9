// The public algorithm register page /registre in Chromium: every use case and model in French and English,
// axe-core clean when loaded, in English and in its error state; per-model anchors that link to /modeles;
// keyboard reachable; and readable offline after one visit (the service worker keeps /api/v1/register).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { PublishedRegister } from "../../domain/algorithm-register/published";
import { axeViolations, baseUrl, launchBrowser, newContext } from "./browser";

let browser: Browser;
let register: PublishedRegister;
beforeAll(async () => {
  browser = await launchBrowser();
  register = (await (await fetch(`${baseUrl()}/api/v1/register`)).json()) as PublishedRegister;
});
afterAll(async () => {
  await browser?.close();
});

const entriesShown = (page: Page) => page.locator("section.register-entry > h2").allTextContents();

test("the register shows every use case and every model, in French then in English, with no axe violation", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/registre");
  await expect.poll(() => entriesShown(page)).toEqual(register.entries.map((e) => e.name.fr));
  expect(await page.locator("h1").textContent()).toBe("Registre public des algorithmes");
  for (const model of register.entries.flatMap((e) => e.models)) {
    const section = page.locator(`#modele-${model.id}`);
    expect(await section.locator("h4").first().textContent()).toBe(model.name.fr);
    expect(await section.locator(`a[href="/modeles#model-${model.id}"]`).count()).toBe(1);
    expect(await section.locator(`table[data-fairness="${model.id}"] tbody tr`).count()).toBe(model.fairness.checks.length);
  }
  expect(await page.locator(`#${register.entries[0].id}-droits-fondamentaux`).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect.poll(() => entriesShown(page)).toEqual(register.entries.map((e) => e.name.en));
  expect(await page.locator("h1").textContent()).toBe("Public algorithm register");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("a model's anchor brings its section into view, and the contents are reachable with the keyboard", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const model = register.entries.at(-1)!.models[0];
  await page.goto(`/registre#modele-${model.id}`);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`modele-${model.id}`);
  expect(await page.locator(`#modele-${model.id}`).isVisible()).toBe(true);

  await page.goto("/registre");
  await page.locator("nav.register-contents").waitFor();
  const target = register.entries[1].id;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === `#${target}`) break;
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(`#${target}`);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${target}`);
  await context.close();
});

test("when the register cannot be loaded, the page says so and offers to retry, with no axe violation", async () => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const page = await context.newPage();
  let fail = true;
  await page.route("**/api/v1/register", (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("/registre");
  const alert = page.getByRole("alert");
  await expect.poll(() => alert.textContent()).toContain("n'a pas pu être chargé");
  expect(await axeViolations(page)).toEqual([]);
  fail = false;
  await alert.getByRole("button", { name: "Réessayer" }).click();
  await expect.poll(() => entriesShown(page)).toHaveLength(register.entries.length);
  await context.close();
});

test("the register is readable offline after one visit", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/registre");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => entriesShown(page)).toHaveLength(register.entries.length);
  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => entriesShown(page)).toEqual(register.entries.map((e) => e.name.fr));
  expect(await page.locator(".notice-offline").count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
