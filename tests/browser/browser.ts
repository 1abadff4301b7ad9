// Shared helpers of the browser tests: launch Chromium, open a page of the app (as a citizen or signed in as an
// agent), call the API as an agent, run axe-core on a page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import type { Role } from "../../domain/contracts/roles";
import { addDays } from "../../domain/time/days";
import { parisDay } from "../../domain/time/paris";
import { signAgentToken } from "../../workers/src/platform/auth";
import { chromiumArgs, chromiumPath } from "../../infra/scripts/lib/chromium";

export const baseUrl = () => inject("baseUrl");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export async function newContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), locale: "fr-FR", ...options });
}

/** A token signed with the test stack's secret. */
export const agentToken = (roles: Role[]) => signAgentToken({ id: `browser.${roles.join("+")}`, roles }, inject("jwtSecret"));

/** A context whose tabs start signed in with these roles (the console keeps its token in sessionStorage). */
export async function agentContext(browser: Browser, roles: Role[], options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await newContext(browser, options);
  await context.addInitScript((token) => sessionStorage.setItem("recoque.agentToken", token), await agentToken(roles));
  return context;
}

/** Calls the API with an agent's token; throws on an error status. */
export async function apiAs<T>(role: Role, path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${await agentToken([role])}`, "Content-Type": "application/json", "cf-connecting-ip": "browser-tests" },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Sends a heat forecast of five days around its issue day (the same TN/TX every day), as ops. */
export function sendForecast(issuedAt: string, [tn, tx]: [number, number], extra: { replay?: boolean } = {}) {
  const day = parisDay(issuedAt);
  const days = [-1, 0, 1, 2, 3].map((k) => ({ date: addDays(day, k), tn, tx }));
  return apiAs<{ forecastId: string }>("ops", "/heat/forecasts", { method: "POST", json: { source: "browser-test", issuedAt, days, ...extra } });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}
