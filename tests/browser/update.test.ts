// A new version announces itself and is applied only when the person agrees. Version 1 is served by a stack of
// its own and its service worker takes control; version 2 is then published into the folder that stack serves
// (as a deployment would). The page's own update check (run when the tab is shown again) finds it: the notice
// shows, the page does not reload by itself and still runs version 1; "Mettre à jour" then runs version 2. A
// second tab, where the person typed something, is not reloaded by the first tab's agreement: it keeps its
// notice and reloads on its own "Mettre à jour".
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startLocalStack, type LocalStack } from "../../infra/scripts/lib/local-stack";
import { launchBrowser } from "./browser";

let browser: Browser;
let stack: LocalStack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startLocalStack({ buildId: "version-1" })]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test("an update waits for the person's agreement, then runs the new version", async () => {
  const context = await browser.newContext({ baseURL: stack.baseUrl, locale: "fr-FR" });
  const page = await context.newPage();
  const navigations: string[] = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  await page.goto("/canicule");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.getAttribute("[data-build]", "data-build")).toBe("version-1");
  const other = await context.newPage();
  const otherNavigations: string[] = [];
  other.on("framenavigated", (frame) => frame === other.mainFrame() && otherNavigations.push(frame.url()));
  await other.goto("/droits");
  await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await other.fill("#adult0-age", "47");

  const serviceWorker = async () => (await fetch(`${stack.baseUrl}/sw.js`)).text();
  const first = await serviceWorker();
  stack.publish("version-2");
  await expect.poll(serviceWorker, { timeout: 30_000 }).not.toBe(first);
  for (const tab of [page, other]) {
    await tab.evaluate(() => {
      (window as unknown as { untouched: boolean }).untouched = true;
    });
  }
  const loads = navigations.length;
  const otherLoads = otherNavigations.length;

  await expect
    .poll(
      async () => {
        await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
        return page.getByText("Une nouvelle version de Recoque est disponible.").count();
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBe(1);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
  await page.waitForTimeout(3000);
  expect(navigations.length).toBe(loads);
  expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
  expect(await page.getAttribute("[data-build]", "data-build")).toBe("version-1");

  await expect.poll(() => other.getByText("Une nouvelle version de Recoque est disponible.").count(), { timeout: 30_000 }).toBe(1);

  await other.evaluate(() =>
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      (window as unknown as { controllerChanged: boolean }).controllerChanged = true;
    }),
  );
  await page.getByRole("button", { name: "Mettre à jour" }).click();
  await expect.poll(() => page.getAttribute("[data-build]", "data-build"), { timeout: 30_000 }).toBe("version-2");
  expect(navigations.length).toBeGreaterThan(loads);
  expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBeUndefined();
  expect(await page.getByText("Une nouvelle version de Recoque est disponible.").count()).toBe(0);

  // The other tab now runs under the new service worker but was not reloaded: its answer is still there.
  await other.waitForFunction(() => {
    const w = window as unknown as { controllerChanged?: boolean; untouched?: boolean };
    return w.controllerChanged === true || w.untouched === undefined;
  });
  await other.waitForTimeout(2000);
  expect(otherNavigations.length).toBe(otherLoads);
  expect(await other.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
  expect(await other.inputValue("#adult0-age")).toBe("47");
  expect(await other.getByText("Une nouvelle version de Recoque est disponible.").count()).toBe(1);
  await other.getByRole("button", { name: "Mettre à jour" }).click();
  await expect.poll(() => other.getAttribute("[data-build]", "data-build"), { timeout: 30_000 }).toBe("version-2");
  await context.close();
});
