// The citizen rights page /droits in Chromium: impossible answers refused next to their field, a full
// simulation with amounts and the legal mention, no request carrying any answer, answers kept only when asked
// and erasable, the page working offline after one visit, and axe-core clean in every state.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations, launchBrowser, newContext } from "./browser";
import { fillSingleAdult } from "../../infra/scripts/lib/rights-form";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Distinctive answers: none of these strings may appear in any request. */
const EARNED = "1386,17";
const RENT = "913,42";
const SAVINGS = "2756,31";
const ANSWER_TRACES = ["1386", "913.42", "913,42", "2756"];

async function openForm(page: Page) {
  await page.goto("/droits");
  await page.locator("form[data-rights-form]").waitFor();
}

/** A single adult of 30 renting privately in the 18th, no income unless given. */
const fillYoungTenant = (page: Page, { earned, rent = 700, housingAid = false }: { earned?: number; rent?: number | string; housingAid?: boolean } = {}) =>
  fillSingleAdult(page, { age: 30, earned, housing: "tenantPrivate", rent, housingAid, arrondissement: 18 });

test("refuses missing and impossible answers with a message next to the field, and is axe-clean", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openForm(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.click("button[type=submit]");
  await page.locator("#error-summary").waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
  expect(await page.textContent("#adult0-age-error")).toContain("Répondez à cette question");
  expect(await page.getAttribute("#adult0-age", "aria-invalid")).toBe("true");
  expect(await page.getAttribute("#adult0-age", "aria-describedby")).toContain("adult0-age-error");
  expect(await page.textContent("#housing-status-tenantPrivate-error")).toContain("Répondez");
  expect(await axeViolations(page)).toEqual([]);

  await fillYoungTenant(page);
  await page.fill("#adult0-age", "trente");
  await page.selectOption("#children-count", "1");
  await page.fill("#child0-age", "24");
  await page.click("button[type=submit]");
  await expect.poll(() => page.textContent("#adult0-age-error")).toContain("Écrivez un nombre");
  await page.fill("#adult0-age", "30");
  await page.check("#housing-status-hostedFree");
  await page.click("button[type=submit]");
  await expect.poll(() => page.textContent("#child0-age-error")).toContain("au plus 18 ans");
  expect(await page.textContent("#rent-error")).toContain("hébergé gratuitement");
  expect(await page.locator("#error-summary a").count()).toBe(2);
  expect(await page.locator("[data-legal-mention]").count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.fill("#adult0-age", "150");
  await page.click("button[type=submit]");
  await expect.poll(() => page.textContent("#adult0-age-error")).toContain("au plus 120");
  await context.close();
});

test("a full simulation shows amounts, reasons, arithmetic, how to claim and the legal mention; no request carries an answer", async () => {
  const context = await newContext(browser);
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  const page = await context.newPage();
  // The amounts below are those of 2025 (646.52 €); later dates have their own tests.
  await page.clock.setFixedTime(RATES_OF_2025);
  await openForm(page);
  await fillYoungTenant(page, { rent: RENT });
  await page.fill("#adult0-earned", EARNED);
  await page.fill("#savings", SAVINGS);
  await page.click("button[type=submit]");
  await page.locator("#results-title").waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");

  const primeActivite = page.locator(".benefit", { has: page.locator("#benefit-primeActivite") });
  expect(await primeActivite.locator(".benefit-status").textContent()).toBe("Probablement droit");
  expect(await primeActivite.locator(".benefit-amount").textContent()).toMatch(/\d+,\d{2}\s€ par mois/);
  await primeActivite.locator("summary").click();
  expect(await primeActivite.locator("table.steps tr").count()).toBeGreaterThan(4);
  expect(await primeActivite.textContent()).toContain("Comment la demander");
  expect(await page.textContent("[data-legal-mention]")).toContain("L311-3-1");
  expect(await page.textContent("[data-legal-mention]")).toContain("CADA");
  expect(await axeViolations(page)).toEqual([]);

  // Change the answers: no income, no savings → RSA 568.94 €: 646.52 less the forfait logement (77.58 €) of the
  // housing aid the engine finds claimable (343 € for a rent of 700 € in Paris 18e); the aid is shown too.
  await page.fill("#adult0-earned", "");
  await page.fill("#savings", "");
  await page.click("button[type=submit]");
  const rsa = page.locator(".benefit", { has: page.locator("#benefit-rsa") });
  await expect.poll(() => rsa.locator(".benefit-amount").textContent()).toMatch(/568,94\s€ par mois/);
  expect(await page.locator(".benefit", { has: page.locator("#benefit-housingAid") }).locator(".benefit-amount").textContent()).toMatch(/343,00\s€ par mois/);
  expect(await rsa.textContent()).toContain("CAF de Paris");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect.poll(() => page.textContent("#results-title")).toBe("Your possible rights");
  expect(await rsa.locator(".benefit-amount").textContent()).toMatch(/€568\.94 a month/);
  expect(await axeViolations(page)).toEqual([]);

  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const carried = `${r.url()}\n${r.postData() ?? ""}`;
    for (const trace of ANSWER_TRACES) expect(carried, `${r.method()} ${r.url()}`).not.toContain(trace);
    expect(r.method(), r.url()).toBe("GET");
    expect(new URL(r.url()).search, r.url()).toBe("");
  }
  expect(await page.evaluate(() => localStorage.getItem("recoque.rights.answers"))).toBeNull();
  await context.close();
});

/** A day of the 2025 rates (RSA 646.52 €, prime d'activité with its bonus), for tests written with those amounts. */
const RATES_OF_2025 = new Date("2025-06-01T12:00:00+02:00");

test("the amounts are those in force on the day in Paris: at 00:30 on 1 April 2025 the revalued RSA", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  // 22:30 UTC on 31 March: the day before by the UTC date, when the RSA was still 635.71 € (559.42 € after the
  // forfait logement of the claimable housing aid); on 1 April 646.52 - 77.58 = 568.94 €.
  await page.clock.setFixedTime(new Date("2025-04-01T00:30:00+02:00"));
  await openForm(page);
  await fillYoungTenant(page);
  await page.click("button[type=submit]");
  const rsa = page.locator(".benefit", { has: page.locator("#benefit-rsa") });
  await expect.poll(() => rsa.locator(".benefit-amount").textContent()).toMatch(/568,94\s€ par mois/);
  expect(await page.textContent(".results")).toContain("en vigueur le 1 avril 2025");
  await context.close();
});

test("from 1 April 2026 the RSA revalued to 651.69 € (573.49 € after the housing aid's forfait logement)", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date("2026-04-01T09:00:00+02:00"));
  await openForm(page);
  await fillYoungTenant(page);
  await page.click("button[type=submit]");
  const rsa = page.locator(".benefit", { has: page.locator("#benefit-rsa") });
  // 651.69 - 12 % x 651.69 (78.20) = 573.49 €.
  await expect.poll(() => rsa.locator(".benefit-amount").textContent()).toMatch(/573,49\s€ par mois/);
  expect(await page.textContent("[data-not-computed]")).toContain("ASPEH");
  expect(await page.textContent("[data-not-computed]")).not.toContain("APL");
  await context.close();
});

test("a result without a cash amount says so, not a total of 0 €", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openForm(page);
  await fillYoungTenant(page);
  await page.fill("#adult0-age", "60");
  await page.fill("#adult0-pensions", "900");
  await page.check("#in-paris-no");
  await page.click("button[type=submit]");
  // 10,800 € a year: above the free CSS ceiling (10,339 €), under the one with a contribution (13,957 €); too
  // much for the RSA, too young for the ASPA, no earnings for the prime d'activité, outside Paris for its aids.
  // The chèque énergie, paid once a year, is the other right found: 10,800 - 10 % = 9,720 € for one unit, 48 €.
  await expect.poll(() => page.locator("#benefit-css").count()).toBe(1);
  expect(await page.locator(".benefit-true").count()).toBe(2);
  expect(await page.locator(".benefit-true", { has: page.locator("#benefit-energyCheque") }).locator(".benefit-amount").textContent()).toMatch(/48,00\s€ par an/);
  const lead = (await page.textContent(".results .lead"))!;
  expect(lead).toContain("peut-être droit aux aides ci-dessous");
  expect(lead).not.toMatch(/0\s€/);
  await context.close();
});

test("answers are kept on the device only when asked, and can be erased", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openForm(page);
  await fillYoungTenant(page, { earned: 1200 });
  expect(await page.evaluate(() => localStorage.getItem("recoque.rights.answers"))).toBeNull();
  await page.check("#keep-answers");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("recoque.rights.answers"))).toContain("1200");
  await page.reload();
  await page.locator("form[data-rights-form]").waitFor();
  expect(await page.inputValue("#adult0-earned")).toBe("1200");
  expect(await page.isChecked("#keep-answers")).toBe(true);
  expect(await page.textContent("[role=status]")).toContain("reprises");
  await page.click("text=Effacer mes réponses");
  expect(await page.evaluate(() => localStorage.getItem("recoque.rights.answers"))).toBeNull();
  expect(await page.inputValue("#adult0-age")).toBe("");
  expect(await page.textContent("[role=status]")).toContain("effacées");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("works offline after one visit: the questionnaire and the simulation", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.clock.setFixedTime(RATES_OF_2025);
  await openForm(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator("form[data-rights-form]").waitFor();
  await context.setOffline(true);
  await page.goto("/droits");
  await page.locator("form[data-rights-form]").waitFor();
  expect(await page.locator(".notice-offline").count()).toBe(1);
  await fillYoungTenant(page, { housingAid: true });
  await page.click("button[type=submit]");
  const rsa = page.locator(".benefit", { has: page.locator("#benefit-rsa") });
  // With housing aid of unknown amount the whole flat rate is deducted: 646.52 − 77.58 = 568.94 €.
  await expect.poll(() => rsa.locator(".benefit-amount").textContent()).toMatch(/568,94\s€ par mois/);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("is usable with the keyboard alone", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openForm(page);
  await page.focus("#adult0-age");
  await page.keyboard.type("30");
  await page.keyboard.press("Enter");
  await page.locator("#error-summary").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("couple-yes");
  await page.keyboard.press("ArrowDown");
  expect(await page.isChecked("#couple-no")).toBe(true);
  await context.close();
});
