// Screenshots of the main pages for the README (`npx tsx infra/scripts/screenshots.ts`): a local stack with the
// demo seeds (the July 2019 heatwave replayed on the demo register, the 14th arrondissement's sales of early
// 2020), Debian's Chromium, citizen pages and agent consoles on a desktop screen and the citizen pages on a
// phone, written to docs/screenshots/. Service workers are blocked so that the "works offline" notice of a
// first visit does not cover the pages.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./lib/chromium";
import { fillSingleAdult } from "./lib/rights-form";
import type { Role } from "../../domain/contracts/roles";
import { signAgentToken } from "../../workers/src/platform/auth";
import { startLocalStack, type LocalStack } from "./lib/local-stack";

const OUT = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
const households = readFileSync(new URL("../../web/public/examples/households-10000.csv", import.meta.url));

interface Shot {
  file: string;
  path: string;
  roles?: Role[];
  phone?: boolean;
  /** Brings the page into the state shown; the screenshot is of the screen then. */
  prepare?(page: Page): Promise<void>;
}

async function fillRights(page: Page) {
  await fillSingleAdult(page, { age: 68, pensions: 820, housing: "tenantSocial", rent: 450, housingAid: true, arrondissement: 19 });
  await page.click("form[data-rights-form] button[type=submit]");
  await page.locator("#results-title").scrollIntoViewIfNeeded();
}

const SHOTS: Shot[] = [
  { file: "citizen-home.png", path: "/" },
  { file: "citizen-heat.png", path: "/canicule", prepare: (page) => page.locator(".today").waitFor() },
  {
    file: "citizen-heat-assessment.png",
    path: "/canicule",
    async prepare(page) {
      await page.fill("#assess-age", "86");
      await page.check("input[name=livesAlone]");
      await page.check("input[name=sleepsUnderRoof]");
      await page.click("form[data-self-assessment] button[type=submit]");
      await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });
      await page.evaluate(() => document.getElementById("assess-title")!.scrollIntoView());
    },
  },
  { file: "citizen-rights-results.png", path: "/droits", prepare: fillRights },
  { file: "citizen-register.png", path: "/registre", prepare: (page) => page.locator("section.register-entry").first().waitFor() },
  { file: "citizen-home-mobile.png", path: "/", phone: true },
  { file: "citizen-heat-mobile.png", path: "/canicule", phone: true, prepare: (page) => page.locator(".today").waitFor() },
  { file: "citizen-rights-mobile.png", path: "/droits", phone: true, prepare: fillRights },
  {
    file: "console-heat.png",
    path: "/agent/canicule",
    roles: ["heat-agent"],
    async prepare(page) {
      await page.locator("figure.chart canvas").first().waitFor();
      await page.locator("table tbody tr .outcome-form").first().waitFor();
    },
  },
  {
    file: "console-heat-calls.png",
    path: "/agent/canicule",
    roles: ["heat-agent"],
    async prepare(page) {
      await page.locator("table tbody tr .outcome-form").first().waitFor();
      await page.evaluate(() => document.getElementById("calls-title")!.scrollIntoView());
    },
  },
  { file: "console-sales-cases.png", path: "/agent/ventes", roles: ["tax-agent"], prepare: (page) => page.evaluate(() => document.getElementById("cases-title")!.scrollIntoView()) },
  {
    file: "console-sales-case.png",
    path: "/agent/ventes",
    roles: ["tax-agent"],
    async prepare(page) {
      await page.locator("[data-case] a").first().click();
      await page.locator("#distribution-title").waitFor();
      await page.evaluate(() => document.getElementById("comparables-title")!.scrollIntoView());
    },
  },
  {
    file: "console-sales-distribution.png",
    path: "/agent/ventes",
    roles: ["tax-agent"],
    async prepare(page) {
      await page.locator("[data-case] a").first().click();
      await page.locator("#distribution-title ~ figure canvas").waitFor();
      await page.evaluate(() => document.getElementById("distribution-title")!.scrollIntoView());
    },
  },
  {
    file: "console-rights.png",
    path: "/agent/droits",
    roles: ["social-agent"],
    async prepare(page) {
      await page.locator("[data-model-ready=yes]").waitFor({ timeout: 60_000 });
      await page.setInputFiles("#household-file", { name: "foyers.csv", mimeType: "text/csv", buffer: households });
      await page.locator("[data-summary]").waitFor({ timeout: 120_000 });
      await page.evaluate(() => document.getElementById("list-title")!.scrollIntoView());
    },
  },
  {
    file: "console-rights-counts.png",
    path: "/agent/droits",
    roles: ["social-agent"],
    async prepare(page) {
      await page.locator("[data-model-ready=yes]").waitFor({ timeout: 60_000 });
      await page.setInputFiles("#household-file", { name: "foyers.csv", mimeType: "text/csv", buffer: households });
      await page.locator("[data-summary]").waitFor({ timeout: 120_000 });
      await page.evaluate(() => document.getElementById("stats-title")!.scrollIntoView());
    },
  },
];

async function take(browser: Browser, stack: LocalStack, shot: Shot) {
  const context = await browser.newContext({
    baseURL: stack.baseUrl,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    serviceWorkers: "block",
    viewport: shot.phone ? PHONE : DESKTOP,
    deviceScaleFactor: shot.phone ? 2 : 1,
    isMobile: shot.phone ?? false,
    hasTouch: shot.phone ?? false,
  });
  if (shot.roles) {
    const token = await signAgentToken({ id: "agent.demo", roles: shot.roles }, stack.jwtSecret);
    await context.addInitScript((t) => sessionStorage.setItem("recoque.agentToken", t), token);
  }
  const page = await context.newPage();
  await page.goto(shot.path);
  await page.locator("main h1").waitFor();
  await shot.prepare?.(page);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${OUT}${shot.file}` });
  await context.close();
  console.log(`  docs/screenshots/${shot.file}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const stack = await startLocalStack({ seed: true, buildId: "demo" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const shot of SHOTS) await take(browser, stack, shot);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await main();
