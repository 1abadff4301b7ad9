// The app is installable: a complete web manifest whose icons exist at their declared sizes, and Chromium's own
// installability check (Page.getInstallabilityErrors over the DevTools protocol, as Lighthouse 12 no longer
// audits it) finds nothing to object to once the service worker is active. The check needs a browser profile
// (an incognito context cannot install), hence a persistent context in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { baseUrl } from "./browser";
import { chromiumArgs, chromiumPath } from "../../infra/scripts/lib/chromium";

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  lang: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

test("the manifest is complete and its icons exist at their declared sizes", async () => {
  const manifest = (await (await fetch(`${baseUrl()}/manifest.webmanifest`)).json()) as Manifest;
  expect(manifest).toMatchObject({ name: expect.stringContaining("Recoque"), short_name: "Recoque", start_url: "/", display: "standalone", lang: "fr" });
  const png = manifest.icons.filter((i) => i.type === "image/png");
  expect(png.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of png) {
    const response = await fetch(`${baseUrl()}${icon.src}`);
    expect(response.headers.get("content-type"), icon.src).toContain("image/png");
    expect(pngSize(Buffer.from(await response.arrayBuffer())), icon.src).toBe(icon.sizes);
  }
});

test("Chromium finds the app installable", async () => {
  const profile = mkdtempSync(join(tmpdir(), "recoque-profile-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: chromiumArgs, baseURL: baseUrl(), locale: "fr-FR" });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  const { url, errors } = await cdp.send("Page.getAppManifest");
  expect(url).toBe(`${baseUrl()}/manifest.webmanifest`);
  expect(errors).toEqual([]);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});
