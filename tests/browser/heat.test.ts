// The heat pages in Chromium against the real local stack: the self-assessment runs on the device and no request
// carries an answer; registration with consent shows the access code once, in pairs of digits, and the person sees,
// exports and erases their data with their phone number and that code (or on the device that registered them); the
// status stays readable offline, marked as possibly stale with its time; the agent console shows the chart with its
// text alternative, the call list with reasons, records outcomes and lists the home visits needed after four
// unanswered calls. axe-core is clean in every state.
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Role } from "../../domain/contracts/roles";
import { agentToken, axeViolations, baseUrl, launchBrowser, newContext, sendForecast } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const token = (role: Role) => agentToken([role]);

/** Calls the API as a citizen (a client of its own for the rate limit) or as an agent. */
async function apiCall<T>(path: string, init: { role?: Role; method?: string; json?: unknown; client?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "cf-connecting-ip": init.client ?? "browser-tests" };
  if (init.role) headers.Authorization = `Bearer ${await token(init.role)}`;
  const res = await fetch(`${baseUrl()}/api/v1${path}`, { method: init.method ?? "GET", headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

async function openHeatPage(page: Page) {
  await page.goto("/canicule");
  await page.locator("form[data-self-assessment]").waitFor();
  await page.locator("#status-title ~ *").first().waitFor();
}

test("the self-assessment runs on the device and no request carries any answer", async () => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  const page = await context.newPage();
  await openHeatPage(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Calculer mon risque" }).click();
  await expect.poll(() => page.getAttribute("#assess-age", "aria-invalid")).toBe("true");
  expect(await page.textContent("#assess-age-error")).toContain("entre 18 et 120");
  expect(await axeViolations(page)).toEqual([]);

  const before = requests.length;
  await page.fill("#assess-age", "93");
  await page.check("input[value=bedridden]");
  for (const factor of ["livesAlone", "isolated", "psychiatric", "sleepsUnderRoof"]) await page.check(`input[name=${factor}]`);
  await page.getByRole("button", { name: "Calculer mon risque" }).click();
  await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });
  expect(await page.getAttribute("[data-assessment]", "data-assessment")).toBe("high");
  const result = await page.textContent("[data-assessment]");
  expect(result).toContain("Alité ou alitée");
  expect(result).toContain("Trouble psychiatrique");
  expect(await axeViolations(page)).toEqual([]);

  const during = requests.slice(before);
  expect(during.some((r) => r.url().includes("/api/v1/models/heat-risk/"))).toBe(true);
  for (const r of requests) {
    const url = new URL(r.url());
    const carried = `${url.pathname.replace(/^\/assets\/[^/]+$/, "")}${url.search}\n${r.postData() ?? ""}`;
    for (const trace of ["93", "1933", "bedridden", "psychiatric", "isolated", "livesAlone"]) {
      expect(carried, `${r.method()} ${r.url()}`).not.toContain(trace);
    }
    expect(r.method(), r.url()).toBe("GET");
    expect(r.postData(), r.url()).toBeNull();
  }
  await context.close();
});

test("registration needs consent, shares only the ticked factors, shows the codes once; the person sees, exports and erases their data", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openHeatPage(page);
  await page.fill("#assess-age", "81");
  await page.check("input[name=livesAlone]");
  await page.check("input[name=cardiovascular]");
  await page.getByRole("button", { name: "Calculer mon risque" }).click();
  await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });

  await page.fill("#reg-name", "Odette Navigateur");
  await page.fill("#reg-phone", "06 39 98 77 66");
  await page.selectOption("#reg-arrondissement", "14");
  await page.check("input[name=share-livesAlone]");
  await page.getByRole("button", { name: "M'inscrire", exact: true }).click();
  await expect.poll(() => page.getAttribute("#reg-consent", "aria-invalid")).toBe("true");
  expect(await page.textContent("#reg-consent-error")).toContain("cochez la case");
  expect(await axeViolations(page)).toEqual([]);

  await page.fill("#reg-phone", "12 34");
  await page.check("#reg-consent");
  await page.getByRole("button", { name: "M'inscrire", exact: true }).click();
  await expect.poll(() => page.getAttribute("#reg-phone", "aria-invalid")).toBe("true");
  expect(await page.textContent("#reg-phone-error")).toContain("numéro de téléphone français");
  // The season's end comes from domain/heat/season.ts, written in the page's language.
  expect(await page.textContent("#register-title ~ p")).toContain("dure jusqu'au 15 septembre");
  expect(await axeViolations(page)).toEqual([]);

  await page.fill("#reg-phone", "06 39 98 77 66");
  await page.getByRole("button", { name: "M'inscrire", exact: true }).click();
  await page.locator("[data-registered]").waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("register-title");
  const code = (await page.textContent("[data-access-code]"))!;
  expect(code).toMatch(/^\d{2}( \d{2}){5}$/);
  const { id, secret } = await page.evaluate(() => JSON.parse(localStorage.getItem("recoque.registration")!) as { id: string; secret: string });
  expect(id).toMatch(/^reg-/);
  expect(await axeViolations(page)).toEqual([]);

  await page.fill("#manage-contact", "06.39.98.77.66");
  await page.fill("#manage-code", code);
  await page.click("text=Voir mes données");
  await page.locator("[data-my-data]").waitFor();
  expect(await page.textContent("[data-my-data]")).toContain("Odette Navigateur");
  const download = page.waitForEvent("download");
  await page.click("text=Télécharger toutes mes données");
  const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(exported.registration).toMatchObject({ id, name: "Odette Navigateur", phone: "+33639987766", arrondissement: 14, factors: { livesAlone: true } });
  expect(Object.keys(exported.registration.factors)).toEqual(["livesAlone"]);
  expect(await axeViolations(page)).toEqual([]);

  await page.click("text=Supprimer mes données");
  await page.locator("[role=alertdialog]").waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Non, garder mon inscription");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Enter");
  expect(await page.locator("[role=alertdialog]").count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Supprimer mes données");
  await page.keyboard.press("Enter");
  await page.locator("[role=alertdialog]").waitFor();
  await page.click("text=Oui, tout supprimer");
  await page.locator("[data-deleted]").waitFor();
  const gone = await fetch(`${baseUrl()}/api/v1/heat/registrations/${id}`, { headers: { "X-Registration-Secret": secret } });
  expect(gone.status).toBe(404);
  await context.close();
});

test("a registration that cannot reach the server says so in the page's language", async () => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/api/v1/heat/registrations", (route) => route.abort("internetdisconnected"));
  await openHeatPage(page);
  await page.fill("#reg-name", "Odette Hors-Ligne");
  await page.fill("#reg-phone", "06 39 98 77 66");
  await page.selectOption("#reg-arrondissement", "14");
  await page.check("#reg-consent");
  await page.getByRole("button", { name: "M'inscrire", exact: true }).click();
  const alert = page.locator("[data-registration]").locator("xpath=..").getByRole("alert");
  await expect.poll(() => alert.textContent()).toBe("L'inscription n'a pas pu être faite : le serveur ne répond pas, vérifiez votre connexion");
  await context.close();
});

test("the status stays readable offline after one visit, marked as possibly stale with its time", async () => {
  await sendForecast(new Date().toISOString(), [21, 32]);
  const context = await newContext(browser);
  const page = await context.newPage();
  await openHeatPage(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator(".today[data-day]").waitFor();
  expect(await page.locator("[data-stale]").count()).toBe(0);
  expect(await page.textContent(".today[data-day]")).toContain("Orange");

  await context.setOffline(true);
  await page.reload();
  await page.locator("[data-stale]").waitFor();
  expect(await page.textContent("[data-stale]")).toMatch(/datent du .*\d{1,2}:\d{2}.*peuvent ne plus être à jour/);
  expect(await page.textContent(".today[data-day]")).toContain("Orange");
  expect(await page.locator(".notice-offline").count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/agent");
  await page.fill("#token", await token("heat-agent"));
  await page.click("button[type=submit]");
  await page.locator("a[href='/agent/canicule']").click();
  await page.locator("#calls-title").waitFor();
  return page;
}

test("the agent console: chart with its data table, call list with reasons, outcomes, and the visits needed", async () => {
  const people = [
    { name: "Agathe Fragile", factors: { birthYear: 1931, mobility: "bedridden", isolated: true } },
    { name: "Bruno Solide", factors: { birthYear: 1958, airConditioning: true } },
    { name: "Chantal Absente", factors: { birthYear: 1940, livesAlone: true } },
  ];
  for (const [i, p] of people.entries()) {
    await apiCall("/heat/registrations", { method: "POST", client: `agent-test-${i}`, json: { name: p.name, phone: `06 39 98 10 1${i}`, channels: ["sms"], arrondissement: 10 + i, factors: p.factors, consent: true } });
  }
  await sendForecast("2019-07-24T06:00:00+02:00", [23, 37], { replay: true });
  await expect
    .poll(async () => (await apiCall<{ total: number }>("/heat/calls?status=all", { role: "heat-agent" })).total, { timeout: 30_000, interval: 300 })
    .toBeGreaterThanOrEqual(3);

  const context = await newContext(browser);
  const page = await signIn(context);
  await page.locator("figure.chart canvas").first().waitFor();
  await page.click("text=Données du graphique");
  expect(await page.locator("figure.chart table tbody tr").count()).toBeGreaterThanOrEqual(2);
  const rows = page.locator("table tbody tr", { has: page.locator(".outcome-form") });
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
  expect(await rows.first().textContent()).toContain("Agathe Fragile");
  expect(await rows.first().textContent()).toContain("Alité ou alitée");
  expect(await axeViolations(page)).toEqual([]);

  await rows.first().getByRole("button", { name: "Pourquoi ce rang ?" }).click();
  await page.locator("[data-explanation] strong").waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("explanation-title");
  expect(await page.textContent("[data-explanation]")).toContain("L311-3-1");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Fermer l'explication" }).click();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Pourquoi ce rang ?");
  expect(await page.locator("[data-explanation]").count()).toBe(0);

  const chantal = page.locator("table tbody tr", { hasText: "Chantal Absente" });
  for (let attempt = 1; attempt <= 4; attempt++) {
    await chantal.locator("select").selectOption("no-answer");
    await chantal.getByRole("button", { name: /Enregistrer/ }).click();
    await expect.poll(() => chantal.locator("td").nth(6).textContent()).toBe(String(attempt));
    expect(await page.textContent("[data-outcome-notice]")).toContain(attempt < 4 ? "À rappeler" : "Visite nécessaire");
  }
  await expect.poll(() => page.textContent("[data-followups=visit]")).toContain("Chantal Absente");
  expect(await page.textContent("[data-followups=visit]")).toContain("4 appels sans réponse en 48 heures");

  const bruno = page.locator("table tbody tr", { hasText: "Bruno Solide" });
  await bruno.locator("select").selectOption("reached-needs-social-help");
  await bruno.getByRole("button", { name: /Enregistrer/ }).click();
  await expect.poll(() => page.textContent("[data-followups=social]")).toContain("Bruno Solide");
  expect(await page.textContent("[data-outcome-notice]")).toContain("travailleurs sociaux");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the self-assessment and an outcome are done with the keyboard alone", async () => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const page = await context.newPage();
  await openHeatPage(page);
  await page.focus("#assess-age");
  await page.keyboard.type("79");
  await page.keyboard.press("Enter");
  await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });

  const agent = await signIn(context);
  const select = agent.locator("table tbody tr", { hasText: "Agathe Fragile" }).locator("select");
  await select.focus();
  await agent.keyboard.press("ArrowDown");
  expect(await select.inputValue()).toBe("reached-fine");
  await agent.keyboard.press("Tab");
  await agent.keyboard.press("Enter");
  await expect.poll(() => agent.textContent("[data-outcome-notice]")).toContain("Agathe Fragile : Terminé");
  await context.close();
});

test("the agent console is closed to agents of other use cases", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/agent");
  await page.fill("#token", await token("tax-agent"));
  await page.click("button[type=submit]");
  await page.goto("/agent/canicule");
  await page.locator("main h1").waitFor();
  expect(await page.textContent("main")).toContain("réservé aux agents du registre canicule");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
