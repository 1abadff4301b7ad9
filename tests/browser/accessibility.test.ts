// Accessibility of every page of the app (routes.ts, citizen and agent, and the not-found page), on a stack of its
// own with the demo seeds (a heat episode with its call list, imported sales cases): axe-core (WCAG 2.1 A/AA)
// finds nothing in each page's main states — empty, with errors, with results, offline for the citizen pages —
// in French with normal text and in English with larger text. Then the keyboard: from the top of each page every
// Tab stop is reached in turn with a visible focus outline contrasting at least 3:1 with what surrounds it.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startLocalStack, type LocalStack } from "../../infra/scripts/lib/local-stack";
import type { Role } from "../../domain/contracts/roles";
import { routes } from "../../web/src/app/routes";
import { agentToken, axeViolations, launchBrowser } from "./browser";
import { fillSingleAdult } from "../../infra/scripts/lib/rights-form";

let browser: Browser;
let stack: LocalStack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startLocalStack({ jwtSecret: inject("jwtSecret"), seed: true })]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const households = readFileSync(new URL("../../web/public/examples/households-10000.csv", import.meta.url), "utf8").split("\n").slice(0, 301).join("\n");

interface Variant {
  name: string;
  lang: "fr" | "en";
  largeText: boolean;
}
const VARIANTS: Variant[] = [
  { name: "French, normal text", lang: "fr", largeText: false },
  { name: "English, larger text", lang: "en", largeText: true },
];

/** A context in the variant's settings (as the app remembers them), signed in with these roles if any. */
async function open(variant: Variant, roles: Role[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: stack.baseUrl, locale: "fr-FR", acceptDownloads: true });
  const token = roles.length ? await agentToken(roles) : "";
  await context.addInitScript(
    ({ lang, large, token }) => {
      localStorage.setItem("recoque.lang", lang);
      localStorage.setItem("recoque.largeText", large ? "1" : "0");
      if (token) sessionStorage.setItem("recoque.agentToken", token);
    },
    { lang: variant.lang, large: variant.largeText, token },
  );
  return { context, page: await context.newPage() };
}

/** axe-core on the page as it is, after checking the variant is the one shown. */
async function expectAccessible(page: Page, variant: Variant, state: string) {
  expect(await page.getAttribute("html", "lang")).toBe(variant.lang);
  expect(await page.evaluate(() => document.documentElement.classList.contains("text-large"))).toBe(variant.largeText);
  expect(await axeViolations(page), state).toEqual([]);
}

async function goto(page: Page, path: string, ready: string) {
  await page.goto(path);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
}

/** Each page's main states, reached in order on one tab; `check(state)` runs axe-core on each. */
const PAGES: { path: string; roles?: Role[]; walk(page: Page, check: (state: string) => Promise<void>): Promise<void> }[] = [
  {
    path: "/",
    async walk(page, check) {
      await goto(page, "/", "main h1");
      await check("home");
    },
  },
  {
    path: "/canicule",
    async walk(page, check) {
      await goto(page, "/canicule", ".today[data-day]");
      await check("status shown");
      await page.click("form[data-self-assessment] button[type=submit]");
      await page.locator("#assess-age-error").waitFor();
      await check("assessment with an error");
      await page.fill("#assess-age", "84");
      await page.check("input[name=livesAlone]");
      await page.click("form[data-self-assessment] button[type=submit]");
      await page.locator("[data-assessment]").waitFor({ timeout: 60_000 });
      await check("assessment result");
      await page.click("form[data-registration] button[type=submit]");
      await page.locator("#reg-consent-error").waitFor();
      await check("registration with errors");
    },
  },
  {
    path: "/droits",
    async walk(page, check) {
      await goto(page, "/droits", "form[data-rights-form]");
      await check("empty questionnaire");
      await page.click("form[data-rights-form] button[type=submit]");
      await page.locator("#error-summary").waitFor();
      await check("questionnaire with errors");
      await fillSingleAdult(page, { age: 70, pensions: 700, housing: "tenantSocial", rent: 400, housingAid: false, arrondissement: 13 });
      await page.click("form[data-rights-form] button[type=submit]");
      await page.locator("#benefit-aspa").waitFor();
      await check("results");
    },
  },
  {
    path: "/registre",
    async walk(page, check) {
      await goto(page, "/registre", "section.register-entry");
      await check("register");
    },
  },
  {
    path: "/modeles",
    async walk(page, check) {
      await goto(page, "/modeles", "main h1");
      await check("models");
      await page.locator("main section button").first().click();
      await page.locator("[data-check-result]").waitFor({ timeout: 60_000 });
      await check("model checked on the device");
    },
  },
  {
    path: "/agent",
    async walk(page, check) {
      await goto(page, "/agent", "#token");
      await check("sign-in");
      await page.fill("#token", "not-a-token");
      await page.click("form button[type=submit]");
      await page.locator("#token-error").waitFor();
      await check("sign-in with an error");
      await page.fill("#token", await agentToken(["ops", "auditor", "heat-agent", "tax-agent", "social-agent"]));
      await page.click("form button[type=submit]");
      await page.locator("#ops-title ~ .data-table, #ops-title ~ .notice").first().waitFor();
      await page.click("#audit-title ~ button");
      await page.locator("#audit-title ~ [role=status] p:not(#audit-progress)").waitFor();
      await check("signed in: workspaces, failed events, audit chain verified");
    },
  },
  {
    path: "/agent/canicule",
    roles: ["heat-agent"],
    async walk(page, check) {
      await goto(page, "/agent/canicule", "table tbody tr .outcome-form");
      await page.locator("figure.chart canvas").first().waitFor();
      await check("chart and call list");
      await page.locator("figure.chart summary").first().click();
      await page.locator("table tbody tr .link-button").first().click();
      await page.locator("[data-explanation]").waitFor();
      await check("chart data and a rank explained");
      await page.locator("table tbody tr .outcome-form button[type=submit]").first().click();
      await page.locator(".outcome-form .field-error, [data-outcome-notice]").first().waitFor();
      await check("outcome saved without a choice");
    },
  },
  {
    path: "/agent/ventes",
    roles: ["tax-agent"],
    async walk(page, check) {
      await goto(page, "/agent/ventes", "[data-case]");
      await check("imports and cases");
      await page.setInputFiles("#sales-file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("a;b\n1;2\n") });
      await page.click("#import-title ~ form button[type=submit]");
      await page.locator("[data-import-refused]").waitFor();
      await check("file refused");
      await page.locator("[data-case] a").first().click();
      await page.locator("[data-comparables], #comparables-title ~ p").first().waitFor();
      await check("one case with its charts and decision form");
    },
  },
  {
    path: "/agent/droits",
    roles: ["social-agent"],
    async walk(page, check) {
      await goto(page, "/agent/droits", "[data-model-ready=yes]");
      await check("no file yet");
      await page.setInputFiles("#household-file", { name: "vide.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") });
      await page.locator("[data-ranked]").waitFor({ timeout: 60_000 });
      await check("file without its columns");
      await page.setInputFiles("#household-file", { name: "foyers.csv", mimeType: "text/csv", buffer: Buffer.from(households) });
      await page.locator("[data-summary]").waitFor({ timeout: 60_000 });
      await check("ranked list and counts");
      await page.locator("#list-title ~ .data-table tbody tr button").first().click();
      await page.locator("[data-explanation]").waitFor();
      await check("a rank explained");
    },
  },
  {
    path: "/alertes",
    async walk(page, check) {
      await goto(page, "/alertes", "table[data-hazard-levels] tbody tr");
      await check("every hazard's levels");
    },
  },
  {
    path: "/contact",
    async walk(page, check) {
      await goto(page, "/contact", "#contact-message");
      await check("empty form");
      await page.fill("#contact-message", "Bonjour, comment renouveler ma carte d'identité ?");
      await page.locator("form:has(#contact-message) button[type=submit]").click();
      await page.locator("#contact-consent-error").waitFor();
      await check("form with an error");
    },
  },
  {
    path: "/mentions-legales",
    async walk(page, check) {
      await goto(page, "/mentions-legales", "[data-legal=credits]");
      await check("legal notice");
    },
  },
  {
    path: "/accessibilite",
    async walk(page, check) {
      await goto(page, "/accessibilite", "[data-conformity]");
      await check("accessibility statement");
    },
  },
  {
    path: "/donnees-personnelles",
    async walk(page, check) {
      await goto(page, "/donnees-personnelles", "table[data-retention=audit]");
      await check("personal data, with every retention table");
    },
  },
  {
    path: "/agent/demandes",
    roles: ["requests-agent"],
    async walk(page, check) {
      await goto(page, "/agent/demandes", "table[data-inbox], #inbox-title + .filters ~ p");
      await check("inbox");
    },
  },
  {
    path: "/page-qui-n-existe-pas",
    async walk(page, check) {
      await goto(page, "/page-qui-n-existe-pas", "main h1");
      await check("not found");
    },
  },
];

test("every page of routes.ts is walked", () => {
  expect(routes.map((r) => r.path).filter((path) => !PAGES.some((p) => p.path === path))).toEqual([]);
});

describe.each(VARIANTS)("$name", (variant) => {
  test.each(PAGES.map((p) => [p.path, p] as const))("%s: no axe violation in any state", async (_, { roles, walk }) => {
    const { context, page } = await open(variant, roles);
    await walk(page, (state) => expectAccessible(page, variant, state));
    await context.close();
  });

  test("citizen pages offline: no axe violation", async () => {
    const { context, page } = await open(variant);
    await page.goto("/");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const citizen = routes.filter((r) => r.audience === "citizen").map((r) => r.path);
    for (const path of citizen) await goto(page, path, "main h1");
    await context.setOffline(true);
    for (const path of citizen) {
      await goto(page, path, ".notice-offline");
      await expectAccessible(page, variant, `${path} offline`);
    }
    await context.close();
  });
});

/** WCAG relative luminance contrast between two CSS rgb()/rgba() colours (alpha ignored: opaque colours). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

interface TabStop {
  id: string;
  outlineWidth: number;
  outlineColor: string;
  behind: string;
  onScreen: boolean;
}

/** Numbers every control a keyboard should reach (one per radio group); returns their ids. */
const markControls = (page: Page) =>
  page.evaluate(() => {
    const selector = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";
    const seenGroups = new Set<string>();
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("[inert], [aria-hidden=true]"))
      .filter((el) => {
        if (!(el instanceof HTMLInputElement) || el.type !== "radio") return true;
        const group = `${el.form?.id ?? ""}/${el.name}`;
        if (seenGroups.has(group)) return false;
        seenGroups.add(group);
        return true;
      })
      .map((el, i) => {
        el.dataset.kb = el instanceof HTMLInputElement && el.type === "radio" ? `radio:${el.name}` : String(i);
        return el.dataset.kb;
      });
  });

/** The element focused now, its focus outline and the colour around it. */
const focused = (page: Page) =>
  page.evaluate((): TabStop | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    let around = el.parentElement;
    let behind = "rgb(255, 255, 255)";
    for (; around; around = around.parentElement) {
      const background = getComputedStyle(around).backgroundColor;
      if (background !== "transparent" && !/rgba\(.*,\s*0\)$/.test(background)) {
        behind = background;
        break;
      }
    }
    const box = el.getBoundingClientRect();
    const id = el instanceof HTMLInputElement && el.type === "radio" ? `radio:${el.name}` : (el.dataset.kb ?? `unmarked ${el.tagName} ${el.textContent?.slice(0, 30)}`);
    return {
      id,
      outlineWidth: style.outlineStyle === "none" ? 0 : Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      behind,
      onScreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
  });

const KEYBOARD_PAGES: { path: string; roles?: Role[]; ready: string }[] = [
  { path: "/", ready: "main h1" },
  { path: "/canicule", ready: ".today[data-day]" },
  { path: "/droits", ready: "form[data-rights-form]" },
  { path: "/registre", ready: "section.register-entry" },
  { path: "/modeles", ready: "main section button" },
  { path: "/agent", ready: "#token" },
  { path: "/agent/canicule", roles: ["heat-agent"], ready: "table tbody tr .outcome-form" },
  { path: "/agent/ventes", roles: ["tax-agent"], ready: "[data-case]" },
  { path: "/agent/droits", roles: ["social-agent"], ready: "[data-model-ready=yes]" },
];

test.each(KEYBOARD_PAGES.map((p) => [p.path, p] as const))("%s: every control is reached with Tab, with a visible focus outline", async (_, { path, roles, ready }) => {
  const { context, page } = await open(VARIANTS[0], roles);
  await goto(page, path, ready);
  const controls = await markControls(page);
  const reached: TabStop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (!stop || (reached.length && stop.id === reached[0].id)) break;
    reached.push(stop);
  }
  expect(controls.length).toBeGreaterThan(3);
  expect(reached[0].id, "the skip link comes first").toBe(await page.getAttribute(".skip-link", "data-kb"));
  expect(controls.filter((id) => !reached.some((stop) => stop.id === id)), "controls never reached").toEqual([]);
  for (const stop of reached) {
    expect(stop.onScreen, `${stop.id} scrolled into view`).toBe(true);
    expect(stop.outlineWidth, `${stop.id} outline`).toBeGreaterThanOrEqual(2);
    expect(contrast(stop.outlineColor, stop.behind), `${stop.id} outline ${stop.outlineColor} on ${stop.behind}`).toBeGreaterThanOrEqual(3);
  }
  await context.close();
});
