// The legal pages a French public site must have, in Chromium: every page's footer (every route of routes.ts, and
// the not-found page) links the legal notice, the accessibility statement with its status, the personal-data
// page and the contact page, in French and in English, and no longer the API documentation, which the agent home
// keeps for agents; each legal page renders its key sections, and the periods the personal-data and contact pages
// show are the ones the purge applies (domain/privacy/data-classes.ts).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AUDIT_RETENTION_DAYS, DATA_CLASSES } from "../../domain/privacy/data-classes";
import { routes } from "../../web/src/app/routes";
import { LEGAL_PAGES } from "../../web/src/app/legal";
import { retentionDaysOf, retentionPeriod } from "../../web/src/app/retention";
import { agentContext, axeViolations, launchBrowser, newContext } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FOOTER = {
  fr: ["Mentions légales", "Accessibilité : non conforme", "Données personnelles", "Nous contacter"],
  en: ["Legal notice", "Accessibility: not compliant", "Personal data", "Contact us"],
};

async function openIn(lang: "fr" | "en"): Promise<Page> {
  const context = await newContext(browser);
  await context.addInitScript((l) => localStorage.setItem("recoque.lang", l), lang);
  return context.newPage();
}

async function show(page: Page, path: string) {
  await page.goto(path);
  await page.locator("main h1").waitFor({ timeout: 60_000 });
}

describe.each(["fr", "en"] as const)("%s", (lang) => {
  test("every page's footer links the four legal pages, and not the API documentation", async () => {
    const page = await openIn(lang);
    for (const path of [...routes.map((r) => r.path), "/page-qui-n-existe-pas"]) {
      await show(page, path);
      const links = await page.locator("footer a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href"), text: a.textContent })));
      expect(links.slice(0, LEGAL_PAGES.length), path).toEqual(LEGAL_PAGES.map((href, i) => ({ href, text: FOOTER[lang][i] })));
      expect(links.map((l) => l.href), path).not.toContain("/api/docs");
    }
    await page.context().close();
  });

  test("a footer link opens its page on the same tab", async () => {
    const page = await openIn(lang);
    await show(page, "/");
    await page.locator("footer").getByRole("link", { name: FOOTER[lang][2] }).click();
    await page.locator("[data-processing=heat]").waitFor();
    expect(new URL(page.url()).pathname).toBe("/donnees-personnelles");
    await page.context().close();
  });
});

test("the legal notice names the publisher, the director of publication, the host, the licences and the data credits", async () => {
  const page = await openIn("fr");
  await show(page, "/mentions-legales");
  expect(await page.textContent("[data-legal=publisher]")).toMatch(/Ville de Paris.*Hôtel de Ville[\s\S]*Directeur de la publication[\s\S]*maire de Paris/);
  expect(await page.textContent("[data-legal=host]")).toMatch(/Cloudflare, Inc\., 101 Townsend Street, San Francisco[\s\S]*Union européenne/);
  expect(await page.textContent("[data-legal=licences]")).toMatch(/EUPL 1\.2[\s\S]*Licence Ouverte \/ Etalab 2\.0[\s\S]*ODbL/);
  const credits = (await page.textContent("[data-legal=credits]"))!;
  for (const producer of ["Météo-France", "Santé publique France", "DGFiP", "INSEE", "opendata.paris.fr", "DREES", "Légifrance", "service-public.fr (DILA)", "Europeana", "CC0"]) {
    expect(credits, producer).toContain(producer);
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test("the accessibility statement says non conforme, why, what is tested, the date, a contact and the Défenseur des droits", async () => {
  const page = await openIn("fr");
  await show(page, "/accessibilite");
  expect(await page.textContent("[data-conformity]")).toContain("Recoque est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA)");
  expect(await page.textContent("[data-legal=status]")).toContain("Aucun audit de conformité");
  expect(await page.textContent("[data-legal=tested]")).toMatch(/axe-core \(règles WCAG 2\.1 niveaux A et AA\)[\s\S]*ne remplacent pas un audit/);
  expect(await page.textContent("[data-legal=issues]")).toContain("lecteurs d'écran");
  expect(await page.textContent("[data-legal=date]")).toContain("4 décembre 2026");
  expect(await page.locator('[data-legal=contact] a[href="/contact"]').count()).toBe(1);
  const remedy = (await page.textContent("[data-legal=remedy]"))!;
  expect(remedy).toContain("Défenseur des droits");
  expect(remedy).toContain("Libre réponse 71120");
  await page.context().close();
});

test("the personal-data page gives each processing's purpose, basis, data, recipients, rights and retention, the DPO, the hosting in the EU and the CNIL", async () => {
  const page = await openIn("fr");
  await show(page, "/donnees-personnelles");
  for (const processing of ["heat", "requests", "rights", "sales", "audit"]) {
    const section = page.locator(`[data-processing=${processing}]`);
    expect(await section.locator("dt").allTextContents(), processing).toEqual(["Finalité", "Base légale", "Données", "Qui les voit", "Vos droits sur ce traitement"]);
  }
  expect(await page.textContent("[data-processing=heat]")).toMatch(/6-1-e[\s\S]*9-2-a/);
  expect(await page.textContent("[data-processing=rights]")).toContain("ne sont envoyées nulle part");
  expect(await page.textContent("[data-processing=sales]")).toContain("pseudonymisées");
  for (const dataClass of DATA_CLASSES.filter((c) => !c.id.startsWith("platform."))) {
    const period = (await page.textContent(`tr[data-class="${dataClass.id}"] [data-period]`))!;
    expect(period, dataClass.id).toContain(retentionPeriod(dataClass.retentionDays, "fr"));
  }
  expect(await page.textContent("tr[data-class=audit] [data-period]")).toBe(retentionPeriod(AUDIT_RETENTION_DAYS, "fr"));
  expect(await page.textContent("[data-dpo]")).toContain("Délégué à la protection des données");
  expect(await page.textContent("[data-legal=hosting]")).toMatch(/Cloudflare D1[\s\S]*juridiction « Union européenne »/);
  expect(await page.textContent("[data-legal=cnil]")).toContain("3 place de Fontenoy");
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test("the contact page says the periods its requests are kept for, from the data classes", async () => {
  const page = await openIn("en");
  await show(page, "/contact");
  expect(await page.textContent("main .callout")).toContain(`erased after ${retentionPeriod(retentionDaysOf("requests.mappings"), "en")}`);
  expect(await page.textContent("label:has(#contact-consent)")).toContain(`kept ${retentionPeriod(retentionDaysOf("requests.requests"), "en")} at most`);
  await page.context().close();
});

test("the agent home links the API documentation", async () => {
  const context = await agentContext(browser, ["ops"]);
  const page = await context.newPage();
  await show(page, "/agent");
  await page.locator('main a[href="/api/docs"]').waitFor();
  await context.close();
});
