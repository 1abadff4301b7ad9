// The PWA shell in Chromium: home page, language switch, larger text remembered, agent sign-in, and the
// service worker serving the app offline after one visit.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations, launchBrowser, newContext } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("home page renders in French, switches to English and remembers larger text", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/");
  await expect.poll(() => page.locator("h1").textContent()).toContain("Recoque");
  expect(await page.getAttribute("html", "lang")).toBe("fr");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Switch to English" }).click();
  expect(await page.getAttribute("html", "lang")).toBe("en");
  expect(await page.locator("h1").textContent()).toContain("serving the people of Paris");

  await page.getByRole("button", { name: "Larger text" }).click();
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.classList.contains("text-large"))).toBe(true);
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await context.close();
});

test("every page links to the public algorithm register", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const path of ["/", "/agent", "/page-that-does-not-exist"]) {
    await page.goto(path);
    await page.locator("main h1").waitFor();
    expect(await page.locator('footer a[href="/registre"]').count()).toBe(1);
  }
  await context.close();
});

test("the app opens offline after one visit", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator("main h1").waitFor();
  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => page.locator("main h1").textContent()).toContain("Recoque");
  expect(await page.locator(".notice-offline").count()).toBe(1);
  await context.close();
});
