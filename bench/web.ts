// Web benchmark (`npm run bench:web`): Lighthouse 12 (Debian's Chromium, mobile emulation) scores of the
// citizen pages, the JavaScript each page loads on first visit (gzip-compressed, without the ORT wasm and
// the models) against the 150 KB budget, and which pages fetch the ORT wasm.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { startLocalStack } from "../infra/scripts/local-stack";
import { chromiumArgs, chromiumPath } from "../tests/browser/chromium";
import { routes as pageRoutes } from "../web/src/app/routes";
import { fmt } from "./stats";

const JS_BUDGET_KB = 150;
const routes = pageRoutes.filter((r) => r.audience === "citizen").map((r) => r.path);
const TARGETS = { performance: 90, accessibility: 95, "best-practices": 95 } as const;

async function firstLoad(baseUrl: string, path: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const page = await browser.newPage();
  const scripts: Promise<number>[] = [];
  let wasm = false;
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(".wasm")) wasm = true;
    else if (response.request().resourceType() === "script") scripts.push(response.body().then((b) => gzipSync(b).length).catch(() => 0));
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await browser.close();
  return { jsKb: bytes / 1024, wasm };
}

async function main() {
  const stack = await startLocalStack();
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", ...chromiumArgs] });
  try {
    console.log(`\n## Citizen pages: Lighthouse (mobile) and first-load JavaScript\n`);
    console.log("| page | performance | accessibility | best practices | JS first load (gzip KB) | ORT wasm fetched |");
    console.log("|---|---:|---:|---:|---:|---|");
    let failures = 0;
    for (const path of routes) {
      const result = await lighthouse(`${stack.baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        formFactor: "mobile",
        screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
      });
      const categories = result!.lhr.categories;
      const score = (key: keyof typeof TARGETS) => Math.round((categories[key]?.score ?? 0) * 100);
      const load = await firstLoad(stack.baseUrl, path);
      const ok = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).every((k) => score(k) >= TARGETS[k]) && load.jsKb <= JS_BUDGET_KB;
      if (!ok) failures++;
      console.log(`| ${path} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${fmt(load.jsKb, 1)} (${fmt(load.jsKb / JS_BUDGET_KB, 2)} of budget) | ${load.wasm ? "yes" : "no"} |`);
    }
    console.log(`\nTargets: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}, best practices ≥ ${TARGETS["best-practices"]}, JS ≤ ${JS_BUDGET_KB} KB gzip. Pages below target: ${failures}.`);
  } finally {
    await chrome.kill();
    await stack.stop();
  }
}

await main();
