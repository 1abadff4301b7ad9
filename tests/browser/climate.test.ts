// Climate alerts and the heat pages' layout in Chromium against the real local stack. Citizens: /alertes shows every
// hazard's level today with its source and time (a vigilance map and a Seine height pushed through the ops routes),
// and the cold self-assessment runs on the device with no answer sent. Layout and focus (issue 15): the heat page does
// not move when its status arrives late (CLS), its forecast table fits a phone, focus lands on the result of the
// self-assessment. Agents: the console shows every hazard and the episodes, its call list keeps the outcome column in
// view at 1280 px with choices that read differently, focus lands on the notice after an outcome, and the 3975 line
// registers a person on their behalf and shows the code to read. axe-core is clean in every state.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildVigilanceMap } from "../../infra/seed/data/climate/vigilance-maps";
import { addDays } from "../../domain/time/days";
import { parisDay } from "../../domain/time/paris";
import { agentContext, apiAs, axeViolations, baseUrl, newContext, launchBrowser, sendForecast } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const now = new Date();
  const today = parisDay(now);
  const updateTime = new Date(now.getTime() - 60_000).toISOString().replace(/\.\d+Z$/, "Z");
  const map = buildVigilanceMap({
    updateTime,
    periods: [{ day: today, colours: { "75": { "extreme-cold": 2, wind: 3 } } }, { day: addDays(today, 1), colours: { "75": { "extreme-cold": 2 } } }],
    seasonal: { heatwave: false, "extreme-cold": true },
  });
  await apiAs("ops", "/climate/vigilance", { method: "POST", json: map });
  const seine = { data: [{ code_station: "F700000103", grandeur_hydro: "H", date_obs: updateTime, resultat_obs: 2800 }] };
  await apiAs("ops", "/climate/seine", { method: "POST", json: seine });
  // The map opens the storm episode through the queue; the pages read it once it is there.
  const stormEpisode = async () => (await apiAs<{ hazards: { hazard: string; episode: unknown }[] }>("heat-agent", "/climate/status")).hazards.find((h) => h.hazard === "storm")?.episode;
  for (const started = Date.now(); !(await stormEpisode()); ) {
    if (Date.now() - started > 30_000) throw new Error("the vigilance map opened no storm episode within 30 s");
    await new Promise((r) => setTimeout(r, 300));
  }
});
afterAll(async () => {
  await browser?.close();
});

/** Cumulative layout shift of the page so far (layout-shift entries without recent input). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );

test("/alertes shows every hazard's level today with its source and time", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/alertes");
  await page.locator("tr[data-hazard=storm][data-level=orange]").waitFor();
  expect(await page.locator("table[data-hazard-levels] tbody tr").count()).toBe(5);
  expect(await page.getAttribute("tr[data-hazard=cold]", "data-level")).toBe("yellow");
  expect(await page.textContent("tr[data-hazard=cold]")).toContain("Vigilance Météo-France");
  expect(await page.getAttribute("tr[data-hazard=flood]", "data-level")).toBe("yellow");
  expect(await page.textContent("tr[data-hazard=flood]")).toMatch(/Hauteur de la Seine : .*Austerlitz.*\d{1,2}:\d{2}/);
  expect(await page.textContent("tr[data-hazard=storm]")).toContain("Alerte en cours");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the cold self-assessment runs on the device, sends no answer and takes the focus with its result", async () => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  const page = await context.newPage();
  await page.goto("/alertes");
  await page.locator("form[data-cold-assessment]").waitFor();
  await page.fill("#cold-age", "88");
  for (const factor of ["poorlyHeatedHome", "respiratory", "livesAlone"]) await page.check(`form[data-cold-assessment] input[name=${factor}]`);
  await page.getByRole("button", { name: "Calculer mon risque face au froid" }).click();
  await page.locator("[data-cold-result]").waitFor({ timeout: 60_000 });
  const result = await page.textContent("[data-cold-result]");
  expect(result).toContain("Logement difficile à chauffer");
  expect(result).toContain("Maladie respiratoire");
  expect(await page.evaluate(() => document.activeElement?.classList.contains("assessment-outcome"))).toBe(true);
  expect(requests.some((r) => r.url().includes("/api/v1/models/cold-risk/"))).toBe(true);
  for (const r of requests) {
    expect(r.method(), r.url()).toBe("GET");
    for (const trace of ["88", "poorlyHeatedHome", "respiratory"]) expect(new URL(r.url()).search, r.url()).not.toContain(trace);
  }
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the heat page keeps its place while the status arrives late (CLS below 0.1) and its table fits a phone", async () => {
  await sendForecast(new Date().toISOString(), [21, 32]);
  const context = await newContext(browser, { serviceWorkers: "block", viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.route("**/api/v1/heat/status", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto("/canicule");
  await page.locator(".today[data-day]").waitFor({ timeout: 15_000 });
  expect(await layoutShift(page)).toBeLessThan(0.1);
  const fit = await page.evaluate(() => {
    const scroller = document.querySelector(".heat-status .table-scroll")!;
    const last = document.querySelector(".heat-status table thead th:last-child")!.getBoundingClientRect();
    return { overflow: scroller.scrollWidth - scroller.clientWidth, lastRight: last.right, width: window.innerWidth };
  });
  expect(fit.overflow).toBeLessThanOrEqual(1);
  expect(fit.lastRight).toBeLessThanOrEqual(fit.width);

  await page.fill("#assess-age", "77");
  await page.getByRole("button", { name: "Calculer mon risque" }).click();
  await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });
  expect(await page.evaluate(() => document.activeElement?.classList.contains("assessment-outcome"))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the console at 1280 px: every hazard, the episodes, an outcome column in view with choices that read differently, focus on the notice", async () => {
  for (const [i, name] of ["Denise Console", "Étienne Console"].entries()) {
    const res = await fetch(`${baseUrl()}/api/v1/heat/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "cf-connecting-ip": `climate-console-${i}` },
      body: JSON.stringify({ name, phone: `06 39 98 20 2${i}`, channels: ["sms"], arrondissement: 5, factors: { birthYear: 1936 }, consent: true }),
    });
    expect(res.status).toBe(201);
  }
  // Orange today opens the heat episode (or keeps the one open); the two join its round through the queue.
  await sendForecast(new Date().toISOString(), [21, 32]);
  await expect
    .poll(async () => (await apiAs<{ items: { person: { name: string } }[] }>("heat-agent", "/heat/calls?status=all")).items.filter((c) => c.person.name.endsWith(" Console")).length, { timeout: 30_000, interval: 300 })
    .toBe(2);
  const context = await agentContext(browser, ["heat-agent"], { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/agent/canicule");
  await page.locator("table[data-overview]").waitFor();
  expect(await page.locator("table[data-overview] tbody tr").count()).toBe(5);
  await page.locator("tr[data-episode-row=storm]").first().waitFor();
  expect(await page.textContent("tr[data-episode-row=storm]")).toContain("conseils seulement");
  const row = page.locator("table tbody tr", { has: page.locator(".outcome-form") }).first();
  await row.waitFor({ timeout: 30_000 });
  const fit = await page.evaluate(() => {
    const table = document.querySelector(".outcome-form")!.closest(".table-scroll")!;
    const select = document.querySelector(".outcome-form select")!.getBoundingClientRect();
    return { overflow: table.scrollWidth - table.clientWidth, selectRight: select.right, visibleRight: table.getBoundingClientRect().right };
  });
  expect(fit.overflow).toBeLessThanOrEqual(1);
  expect(fit.selectRight).toBeLessThanOrEqual(fit.visibleRight);
  const options = await row.locator("select option").allTextContents();
  const choices = options.slice(1);
  expect(new Set(choices.map((o) => o.slice(0, 10))).size).toBe(choices.length);
  expect(await row.locator("select optgroup").evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label))).toEqual(["Personne jointe", "Personne non jointe"]);
  expect(await axeViolations(page)).toEqual([]);

  await row.locator("select").selectOption("reached-fine");
  await row.getByRole("button", { name: /Enregistrer/ }).click();
  await page.locator("[data-outcome-notice]").waitFor();
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-outcome-notice"))).toBe(true);
  await context.close();
});

test("the 3975 line registers a person on their behalf and shows the code to read; finds them again by phone", async () => {
  const context = await agentContext(browser, ["heat-agent"]);
  const page = await context.newPage();
  await page.goto("/agent/canicule");
  await page.locator("form[data-assisted-register]").waitFor();
  await page.fill("#assisted-name", "Gaston Téléphone");
  await page.fill("#assisted-phone", "01 99 00 30 31");
  await page.selectOption("#assisted-arrondissement", "16");
  await page.check("form[data-assisted-register] input[name=consent]");
  await page.getByRole("button", { name: "Inscrire", exact: true }).click();
  await expect.poll(() => page.textContent("[data-assisted-note]")).toMatch(/Inscription faite pour Gaston Téléphone\. Code d'accès à lui lire : \d{2}( \d{2}){5}/);
  await page.fill("#assisted-contact", "01 99 00 30 31");
  await page.getByRole("button", { name: "Chercher" }).click();
  await page.getByRole("button", { name: "Donner un nouveau code à Gaston Téléphone" }).click();
  await expect.poll(() => page.textContent("[data-assisted-note]")).toMatch(/Nouveau code de Gaston Téléphone à lui lire : \d{2}( \d{2}){5}/);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
