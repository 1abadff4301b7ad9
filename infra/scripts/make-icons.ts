// Renders the PWA's PNG icons from web/public/icons/favicon.svg with Debian's Chromium (run once when the
// icon changes; the PNGs are committed): 192 and 512 px, a maskable 512 px with the safe-zone margin, and
// the 180 px Apple touch icon.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { chromiumPath } from "./lib/chromium";

const dir = new URL("../../web/public/icons/", import.meta.url);
const svg = readFileSync(new URL("favicon.svg", dir), "utf8");

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
const page = await browser.newPage();
async function render(file: string, size: number, maskable = false) {
  const inner = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#16357a;display:grid;place-items:center">${svg.replace("<svg ", `<svg width="${size * 0.72}" height="${size * 0.72}" `)}</div>`
    : svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${inner}</body></html>`);
  await page.screenshot({ path: new URL(file, dir).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await render("icon-192.png", 192);
await render("icon-512.png", 512);
await render("icon-maskable-512.png", 512, true);
await render("apple-touch-icon.png", 180, true);
await browser.close();
