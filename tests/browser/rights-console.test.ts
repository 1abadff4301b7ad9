// The social workers' outreach console /agent/droits in Chromium: role required; a household file with good
// and bad lines ranked in a Web Worker with the real ONNX model, bad lines reported with number and reason;
// explanation with the legal mention; filters and CSV export made in the browser; the file never uploaded
// (every request inspected), only counts of at least 10 households sent; a model that cannot be opened said
// at once; axe-core clean in each state.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Role } from "../../domain/contracts/roles";
import { agentContext, axeViolations, launchBrowser } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const example = readFileSync(new URL("../../web/public/examples/households-10000.csv", import.meta.url), "utf8").split("\n");
const [HEADER] = example;
const GOOD = example.slice(1, 601);
const column = (name: string) => HEADER.split(",").indexOf(name);
/** A good line with some cells changed. */
const edited = (changes: Record<string, string>) => {
  const cells = GOOD[0].split(",");
  for (const [name, value] of Object.entries(changes)) cells[column(name)] = value;
  return cells.join(",");
};
const BAD = [
  edited({ id: "BAD-1", adult1_earned: "abc" }),
  "BAD-2,18,5,30",
  edited({ id: "BAD-3", adult1_age: "30", adult2_age: "", adult2_earned: "", adult2_pensions: "", adult2_other: "", adult2_disability: "", adult2_student: "", children_ages: "20" }),
];
/** Good lines, then bad ones at known line numbers (the header is line 1). */
const FILE = [HEADER, ...GOOD.slice(0, 300), BAD[0], ...GOOD.slice(300), BAD[1], BAD[2]].join("\n");
const BAD_LINE_NUMBERS = [302, 603, 604];

/** The cells of a CSV line (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells = [""];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') cells[cells.length - 1] += line[++i];
    else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) cells.push("");
    else cells[cells.length - 1] += c;
  }
  return cells;
}

/** Signed in with one role; downloads kept (CSV exports). */
const signedIn = (role: Role) => agentContext(browser, [role], { acceptDownloads: true });

async function openWithFile(context: BrowserContext, text: string, name = "foyers.csv") {
  const page = await context.newPage();
  await page.goto("/agent/droits");
  await page.locator("#household-file").waitFor();
  await page.setInputFiles("#household-file", { name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.locator("[data-ranked]").waitFor({ timeout: 60_000 });
  return page;
}

test("is reserved to social agents", async () => {
  const context = await signedIn("heat-agent");
  const page = await context.newPage();
  await page.goto("/agent/droits");
  await expect.poll(() => page.textContent("main")).toContain("réservée aux travailleurs sociaux");
  expect(await page.locator("#household-file").count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("the example file the console offers is the committed synthetic file, served by the app", async () => {
  const context = await signedIn("social-agent");
  const page = await context.newPage();
  await page.goto("/agent/droits");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Télécharger un exemple de 10 000 foyers synthétiques")]);
  expect(download.suggestedFilename()).toBe("households-10000.csv");
  expect(readFileSync((await download.path())!, "utf8").split("\n")).toEqual(example);
  await context.close();
});

test("ranks the good lines, reports the bad ones, explains a rank, exports; the file never leaves the browser", async () => {
  const context = await signedIn("social-agent");
  const requests: Request[] = [];
  context.on("request", (r) => requests.push(r));
  const page = await context.newPage();
  await page.goto("/agent/droits");
  await page.locator("#household-file").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.setInputFiles("#household-file", { name: "foyers.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.locator("[data-ranked]").waitFor({ timeout: 60_000 });

  expect(await page.textContent("[data-summary]")).toContain("603 lignes lues");
  expect(await page.textContent("[data-summary]")).toContain("3 lignes en erreur");
  const ranked = Number(await page.getAttribute("[data-ranked]", "data-ranked"));
  expect(ranked).toBeGreaterThan(100);
  const bad = page.locator("[data-bad-lines] tbody tr");
  await expect.poll(() => bad.count()).toBe(3);
  const badRows = await bad.allTextContents();
  BAD_LINE_NUMBERS.forEach((n, i) => expect(badRows[i]).toContain(String(n)));
  expect(badRows[0]).toContain("« abc » n'est pas un nombre");
  expect(badRows[1]).toContain("ligne incomplète");
  expect(badRows[2]).toContain("âge d'enfant impossible");
  expect(await page.textContent("[data-legal-mention]")).toContain("L311-3-1");
  expect(await axeViolations(page)).toEqual([]);

  // The first row is rank 1, with its rights, amounts and main factors; its explanation is computed here and
  // carries the mention and the weights.
  const firstRow = page.locator("#list-title ~ .data-table tbody tr").first();
  expect((await firstRow.locator("td").first().textContent())?.trim()).toBe("1");
  await expect.poll(() => firstRow.locator("td").nth(5).textContent()).not.toBe("calcul…");
  expect(await firstRow.locator("td").nth(4).textContent()).toMatch(/€, non demandé à \d+\s%/);
  await firstRow.getByRole("button").click();
  const explanation = page.locator("[data-explanation]");
  await explanation.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("explanation-title");
  expect(await explanation.textContent()).toContain("L311-3-1");
  expect(await explanation.textContent()).toContain("rang 1 sur");
  expect(await explanation.locator(".explained-right li").count()).toBeGreaterThan(3);
  expect(await axeViolations(page)).toEqual([]);
  await explanation.getByRole("button", { name: "Fermer l'explication" }).click();

  // Filter on one arrondissement, then export: the CSV is made in the browser from the rows kept.
  await page.selectOption("#filter-arrondissement", "18");
  const kept = page.locator("#list-title ~ .data-table [role=status]");
  await expect.poll(() => kept.textContent()).toMatch(/^\d+ lignes? sur \d+$/);
  const shown = Number((await kept.textContent())!.split(" ")[0]);
  expect(shown).toBeLessThan(ranked);
  // The export is in the page's language: labels, not internal keys, with the rank's reason and labelled code
  // columns (it had the model's keys: "rsa primeActivite", "coupleWithChildren").
  expect(await firstRow.locator("td").nth(7).textContent()).toMatch(/par mois probablement non demandés ; groupe « .+ » parcouru à \d+ %/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Exporter la liste (CSV)")]);
  const exported = readFileSync((await download.path())!, "utf8").trim().split("\n").map(csvCells);
  expect(exported[0].slice(0, 3)).toEqual(["Rang", "Foyer", "Arr."]);
  expect(exported[0]).toContain("Pourquoi ce rang");
  expect(exported[0].at(-2)).toMatch(/^Codes des droits/);
  expect(exported).toHaveLength(shown + 1);
  for (const cells of exported.slice(1)) {
    expect(cells[2]).toBe("18");
    expect(cells[3]).toMatch(/^(Personne seule|Parent seul|Couple sans enfant|Couple avec enfants)$/);
    expect(cells[5]).not.toMatch(/primeActivite|cssFree|cssWithContribution/);
    expect(cells[9]).toContain("par mois probablement non demandés");
    expect(cells[10].length).toBeGreaterThan(0);
    expect(cells[12]).toMatch(/^(rsa|primeActivite|aspa|cssFree|cssWithContribution)( |$)/);
  }

  // Nothing sent so far carries the file: no write, no household id, no line of it.
  const ids = GOOD.slice(0, 600).map((line) => line.split(",")[0]);
  const carried = (r: Request) => `${r.url()}\n${r.postData() ?? ""}`;
  for (const r of requests) {
    expect(r.method(), r.url()).toBe("GET");
    for (const trace of [HEADER.slice(0, 40), ...ids.slice(0, 50), "BAD-1", "tenantPrivate"]) expect(carried(r)).not.toContain(trace);
  }

  // The counts: what is shown is what is sent, cells under 10 hidden on both sides.
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/rights/stats") && r.method() === "POST");
  await page.click("text=Envoyer ces comptes");
  const body = JSON.parse((await sent).postData()!) as { arrondissements: Record<string, number | null>[] };
  await expect.poll(() => page.textContent("#stats-title ~ [role=status]")).toContain("Comptes enregistrés");
  expect(Object.keys(body).sort()).toEqual(["arrondissements", "modelId", "modelVersion", "rulesDate", "submissionId", "topShare"]);
  for (const row of body.arrondissements) {
    for (const [metric, value] of Object.entries(row)) if (metric !== "arrondissement" && value !== null) expect(value).toBeGreaterThanOrEqual(10);
  }
  const posts = requests.filter((r) => r.method() !== "GET");
  expect(posts.map((r) => new URL(r.url()).pathname)).toEqual(["/api/v1/rights/stats"]);
  for (const trace of ids.slice(0, 50)) expect(carried(posts[0])).not.toContain(trace);

  await page.click("text=Afficher les comptes reçus");
  await expect.poll(() => page.textContent("#stats-title ~ p:has-text('enregistré')").catch(() => "")).toMatch(/^(1 envoi enregistré|\d+ envois enregistrés)\.$/);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("a file without its required columns is refused with the columns named", async () => {
  const context = await signedIn("social-agent");
  const page = await openWithFile(context, "id,adult1_age,rent\nX1,40,500\n");
  await expect.poll(() => page.textContent("[role=alert]")).toContain("housing_status, housing_aid, lawful_residence");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("a model that cannot be opened is said at once, not only when a file is ranked", async () => {
  const context = await signedIn("social-agent");
  await context.route(/non-take-up.*\.onnx/, (route) => route.abort("internetdisconnected"));
  const page = await context.newPage();
  await page.goto("/agent/droits");
  await page.locator("[data-model-failed]").waitFor({ timeout: 30_000 });
  expect(await page.textContent("[data-model-failed]")).toContain("Le modèle n'a pas pu être ouvert");
  expect(await page.getAttribute("[data-model-ready]", "data-model-ready")).toBe("no");
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("exporting the 10,000-household example is done in the worker: progress shown, no long task over 200 ms on the page", async () => {
  const context = await signedIn("social-agent");
  const page = await openWithFile(context, example.join("\n"), "households-10000.csv");
  const ranked = Number(await page.getAttribute("[data-ranked]", "data-ranked"));
  expect(ranked).toBeGreaterThan(2000);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 180_000 }),
    page.click("#export-list"),
    page.locator("[data-exporting]").waitFor(),
  ]);
  const lines = readFileSync((await download.path())!, "utf8").trim().split("\n");
  expect(lines).toHaveLength(ranked + 1);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.map((d) => Math.round(d)).join(", ")} ms`).toBeLessThan(200);
  await context.close();
}, 300_000);
