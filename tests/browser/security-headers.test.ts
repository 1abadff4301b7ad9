// Security headers on everything the real stack serves (wrangler dev with the built PWA as static assets):
// pages, scripts, the service worker, the manifest, icons, the SPA fallback, API answers and API errors all
// carry the single definition (domain/platform/security-headers.ts). (CORS is tested inside
// workerd, tests/worker/trust/security.test.ts, where the app's origin is known.)
import { expect, test } from "vitest";
import { securityHeaders } from "../../domain/platform/security-headers";
import { baseUrl } from "./browser";

async function assetPaths(): Promise<string[]> {
  const html = await (await fetch(`${baseUrl()}/`)).text();
  const linked = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
  expect(linked.some((p) => p.startsWith("/assets/") && p.endsWith(".js"))).toBe(true);
  return [...new Set(linked)];
}

test("every static asset, page, fallback and API answer or error carries the security headers", async () => {
  const paths = ["/", "/registre", "/page-that-does-not-exist", "/sw.js", "/manifest.webmanifest", "/robots.txt", ...(await assetPaths()), "/api/v1/register", "/api/v1/nope", "/api/v1/heat/calls", "/api/docs"];
  for (const path of paths) {
    const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
    await res.arrayBuffer();
    expect(res.status, path).toBeLessThan(500);
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name), `${path}: ${name}`).toBe(value);
  }
});

test("the Content-Security-Policy allows no inline script and the app page has none", async () => {
  const res = await fetch(`${baseUrl()}/registre`);
  const csp = res.headers.get("Content-Security-Policy")!;
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\*/);
  const html = await res.text();
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
});
