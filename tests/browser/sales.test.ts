// The sales console /agent/ventes in Chromium against the real Worker and queue: reserved to tax agents (ops
// may import); importing the real 14th-arrondissement file with a progress bar, a refused file with its reason,
// the rejected lines; the case list (sort, filter), a case with its charts and their tables, the decision
// (note required) and the CSV export of referred cases; an import stalled by a part that failed for good;
// axe-core clean in each state, French then English.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Role } from "../../domain/contracts/roles";
import { agentContext, axeViolations, launchBrowser } from "./browser";
import { checkCaseMap, checkListMap } from "./sales-maps";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;
const PARIS_14 = readFileSync(new URL("../../infra/seed/data/sales/geodvf_75114_2020H1.csv", import.meta.url), "utf8");
const [HEADER, FIRST] = PARIS_14.split("\n");
/** The real file, with one more line whose price is unreadable (line 910). */
const BAD_LINE = FIRST.split(",").map((cell, i) => (i === 0 ? "2020-999999" : i === 4 ? "douze mille" : cell)).join(",");
const WITH_BAD_LINE = `${PARIS_14}${BAD_LINE}\n`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Signed in with one role; downloads kept (CSV exports). */
const signedIn = (role: Role) => agentContext(browser, [role], { acceptDownloads: true });

async function noViolations(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

/** Records whether a progress bar ever appeared in the import status (imports can be quick). */
const watchProgress = (context: BrowserContext) =>
  context.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector(".import-status progress")) (window as unknown as { sawProgress: boolean }).sawProgress = true;
    }).observe(document, { childList: true, subtree: true });
  });

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "text/csv") {
  await page.setInputFiles("#sales-file", { name, mimeType, buffer });
  await page.getByRole("button", { name: "Importer", exact: true }).click();
}

test("is reserved to tax agents; ops may import but see no case", async () => {
  const heat = await signedIn("heat-agent");
  const page = await heat.newPage();
  await page.goto("/agent/ventes");
  await expect.poll(() => page.textContent("main")).toContain("rôle tax-agent");
  expect(await page.locator("#sales-file").count()).toBe(0);
  await noViolations(page, "refused");
  await heat.close();

  const ops = await signedIn("ops");
  const opsPage = await ops.newPage();
  await opsPage.goto("/agent/ventes");
  await opsPage.locator("#sales-file").waitFor();
  expect(await opsPage.textContent("main")).toContain("les dossiers sont réservés");
  expect(await opsPage.locator("#cases-title").count()).toBe(0);
  await noViolations(opsPage, "ops");
  await ops.close();
});

test("imports with progress, refuses a bad file with its reason, lists cases, reviews one, exports", async () => {
  const context = await signedIn("tax-agent");
  await watchProgress(context);
  const page = await context.newPage();
  await page.goto("/agent/ventes");
  await page.locator("[data-cases-total]").waitFor();
  expect(await page.textContent("main")).toContain("jamais une accusation");
  expect(await page.textContent("main")).toContain("Aucun dossier ne correspond");
  await noViolations(page, "empty");

  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await page.locator("#sales-file-error").waitFor();
  expect(await page.getAttribute("#sales-file", "aria-invalid")).toBe("true");
  await noViolations(page, "no file chosen");

  await upload(page, "export.csv", Buffer.from(`${HEADER.replaceAll(",", ";")}\n${FIRST.replaceAll(",", ";")}\n`));
  await page.locator("[data-import-refused]").waitFor();
  expect(await page.textContent("[data-import-refused]")).toContain("les colonnes ne sont pas séparées par des virgules");
  await noViolations(page, "file refused");

  // The connection drops at the first look at the import's status: the file is in, so the page keeps following.
  let statusLooks = 0;
  await page.route(/\/api\/v1\/sales\/imports\/[^/?]+\?/, (route) => (statusLooks++ === 0 ? route.abort("internetdisconnected") : route.continue()));
  await upload(page, "75114.csv.gz", gzipSync(Buffer.from(WITH_BAD_LINE)), "application/gzip");
  await page.locator("[data-import-done]").waitFor({ timeout: 60_000 });
  expect(statusLooks).toBeGreaterThan(1);
  expect(await page.locator("[data-import-refused], .import-status ~ [role=alert]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
  const done = await page.textContent("[data-import-done]");
  expect(done).toContain("909 lignes lues");
  expect(done).toContain("1 ligne rejetée");
  await expect.poll(() => page.locator("#rejected-title ~ .data-table tbody tr").count()).toBe(1);
  expect(await page.textContent("#rejected-title ~ .data-table tbody")).toContain("910");
  expect(await page.textContent("#rejected-title ~ .data-table tbody")).toContain("Nombre illisible");
  await expect.poll(() => page.locator("[data-case]").count()).toBeGreaterThan(3);
  const total = Number(await page.getAttribute("[data-cases-total]", "data-cases-total"));
  await checkListMap(page, total);
  await noViolations(page, "imported, cases listed");

  await page.getByRole("button", { name: "Trier par Date de vente" }).click();
  await expect.poll(() => page.locator("table:has([data-case]) th[aria-sort]").textContent()).toContain("Date de vente");
  await page.selectOption("#f-arrondissement", "15");
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await expect.poll(() => page.getAttribute("[data-cases-total]", "data-cases-total")).toBe("0");
  await page.selectOption("#f-arrondissement", "14");
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await expect.poll(() => page.getAttribute("[data-cases-total]", "data-cases-total")).toBe(String(total));

  const first = page.locator("[data-case] a").first();
  const caseId = (await first.textContent())!;
  await first.click();
  await page.locator("#case-title").waitFor();
  await page.locator("#sale-title").waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("case-title");
  const main = (await page.textContent("main"))!;
  expect(main).toContain(`Dossier ${caseId}`);
  expect(main).toContain("L311-3-1");
  expect(main).toContain("Prix au m² du quartier");
  await expect.poll(() => page.locator("figure.chart canvas").count()).toBeGreaterThanOrEqual(1);
  expect(await page.locator("figure.chart details table").count()).toBeGreaterThanOrEqual(1);
  // The charts' tables are written the French way: prices per m² with a thin space between thousands.
  expect(await page.locator("figure.chart details table", { has: page.locator("text=/\\d\\u202f\\d{3}/") }).count()).toBeGreaterThanOrEqual(1);
  await checkCaseMap(page);
  await noViolations(page, "case page");

  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await page.locator("#decision-note-error").waitFor();
  expect(await page.textContent("#decision-error")).toContain("Choisissez une décision");
  await noViolations(page, "decision errors");
  await page.check("#decision-refer");
  await page.fill("#decision-note", "Prix quatre fois sous les ventes comparables ; acte à consulter.");
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await page.locator("[data-decision='refer']").waitFor();
  expect(await page.textContent("main")).toContain("Décision enregistrée");
  await noViolations(page, "decided");

  await page.getByRole("link", { name: "Retour à la liste des dossiers" }).click();
  await page.locator("[data-cases-total]").waitFor();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exporter les dossiers transmis (CSV)" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8").trimEnd().split("\r\n");
  expect(csv).toHaveLength(2);
  expect(csv[1].startsWith(`${caseId},`)).toBe(true);
  expect(await page.textContent("[data-exported]")).toContain("1 dossier transmis exporté.");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect.poll(() => page.textContent("h1")).toBe("Property sales: cases to review");
  expect(await page.textContent("main")).toContain("never an accusation");
  expect(await page.textContent("main")).toContain("Map of cases by quartier");
  await noViolations(page, "English");
  await context.close();
});

test("an import stalled by a part that failed for good says so and how to resume it", async () => {
  // What the Worker records when a chunk's event exhausts its retries, written into the stack's local D1.
  const id = "imp-stalled-browser-test";
  const sql = [
    `INSERT INTO sales_imports (id, sha256, file_name, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, chunks_done, created_by, created_at, published_at)
     VALUES ('${id}', '${"5".repeat(64)}', 'bloque.csv', 'none', 10, 10, 0, '2026-01-01', 'processing', 3, 2, 'test', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    `INSERT INTO dead_events (event_id, event_type, body, attempts, received_at) VALUES ('sales.chunk:${id}:1', 'sales.import-chunk', '{}', 11, '2026-01-01T01:00:00Z')`,
  ].join("; ");
  execFileSync(bin("wrangler"), ["d1", "execute", "DB", "--local", "--persist-to", inject("persistDir"), "--command", sql], { cwd: root, stdio: "ignore" });

  const context = await signedIn("tax-agent");
  const page = await context.newPage();
  await page.goto("/agent/ventes");
  const row = page.locator("tr", { hasText: "bloque.csv" });
  await row.waitFor();
  expect(await row.textContent()).toContain("Bloqué");
  await row.getByRole("button", { name: "Voir l'import bloque.csv" }).click();
  await page.locator(`[data-import-stalled='${id}']`).waitFor();
  const notice = (await page.textContent(`[data-import-stalled='${id}']`))!;
  expect(notice).toContain("1 sur 3");
  expect(notice).toContain("envoyez à nouveau le même fichier");
  expect(await page.locator(".import-status progress").count()).toBe(0);
  await noViolations(page, "import stalled");
  await context.close();
});
