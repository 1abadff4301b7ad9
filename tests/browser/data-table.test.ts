// The console's shared table with more than 20,000 rows: the social workers' outreach list built from a file of
// 100,000 households (the 10,000 of the example ten times, renamed F…, G…, H…; about 2 in 10 have a right
// to rank). Behaviour only (speed is measured by `npm run bench:web`): one page of rows in the DOM, every
// ranked household counted, ranks in order both ways, ids in order across pages, a filter that keeps exactly
// the matching rows and gives the sorted list back when cleared.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { agentContext, launchBrowser } from "./browser";
import { householdsFile, LARGE_FILE_COPIES } from "../../infra/scripts/lib/households";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE_SIZE = 25;

const table = (page: Page) => page.locator("#list-title ~ .data-table");
const column = (page: Page, n: number) => table(page).locator(`tbody tr td:nth-child(${n})`).allTextContents();
const shown = async (page: Page) => Number(await table(page).locator("[data-rows-shown]").getAttribute("data-rows-shown"));
const ranks = async (page: Page) => (await column(page, 1)).map(Number);
const ids = (page: Page) => column(page, 2);

test("sorts and filters more than 20,000 households with one page of rows in the DOM", async () => {
  const context = await agentContext(browser, ["social-agent"]);
  const page = await context.newPage();
  await page.goto("/agent/droits");
  await page.locator("[data-model-ready=yes]").waitFor({ timeout: 60_000 });
  await page.setInputFiles("#household-file", { name: "foyers-100000.csv", mimeType: "text/csv", buffer: Buffer.from(householdsFile(LARGE_FILE_COPIES)) });
  await page.locator("[data-summary]").waitFor({ timeout: 120_000 });

  const ranked = Number(await page.getAttribute("[data-ranked]", "data-ranked"));
  expect(ranked).toBeGreaterThan(20_000);
  expect(await shown(page)).toBe(ranked);
  expect(await table(page).locator("tbody tr").count()).toBe(PAGE_SIZE);
  expect(await table(page).locator(".pagination span").textContent()).toBe(`Page 1 sur ${Math.ceil(ranked / PAGE_SIZE)}`);
  expect(await ranks(page)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => i + 1));

  await table(page).getByRole("button", { name: "Trier par Rang", exact: true }).click();
  await expect.poll(() => ranks(page)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => ranked - i));
  expect(await table(page).locator("th[aria-sort=descending]").textContent()).toContain("Rang");

  await table(page).getByRole("button", { name: "Trier par Foyer", exact: true }).click();
  await expect.poll(async () => (await ids(page))[0]).toMatch(/^F0000\d$/);
  const firstPage = await ids(page);
  expect(firstPage).toEqual([...firstPage].sort());
  await table(page).getByRole("button", { name: "Page suivante" }).click();
  await expect.poll(async () => (await ids(page))[0] > firstPage[PAGE_SIZE - 1]).toBe(true);
  expect(await table(page).locator("tbody tr").count()).toBe(PAGE_SIZE);

  await table(page).locator("input[type=search]").fill("G0999");
  await expect.poll(() => shown(page)).toBeLessThanOrEqual(10);
  const kept = await ids(page);
  expect(kept.length).toBe(await shown(page));
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.every((id) => /^G0999\d$/.test(id))).toBe(true);
  expect(kept).toEqual([...kept].sort());
  expect(await table(page).locator(".pagination").count()).toBe(0);

  await table(page).locator("input[type=search]").fill("");
  await expect.poll(() => shown(page)).toBe(ranked);
  expect(await ids(page)).toEqual(firstPage);
  await context.close();
});
