// Build of the PWA (web/dist, served by Workers Static Assets). The service worker precaches the shell and the
// citizen pages (offline-assets.ts); the ORT wasm and the on-device models are cached on first use by the
// pages that infer, so the other pages never download them. A new version waits for the person's agreement
// (registerType "prompt", web/src/app/UpdatePrompt.tsx). Security headers come from their single
// definition, shared with the Worker (domain/platform/security-headers.ts).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { securityHeaders } from "../domain/platform/security-headers.ts";
import { offlineAssets } from "./offline-assets.ts";
import { ocrAssets } from "./ocr-assets.ts";

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version: string };

/** Which build is running, shown in the footer: RECOQUE_BUILD_ID when given, else the git commit. */
function buildId(): string {
  if (process.env.RECOQUE_BUILD_ID) return process.env.RECOQUE_BUILD_ID;
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "local";
  }
}

const offline = offlineAssets(fileURLToPath(new URL("./src/app/routes.ts", import.meta.url)));

/** Writes the static assets' `_headers` file (Cloudflare Workers Static Assets format). */
function headersFile(): Plugin {
  const all = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`).join("\n");
  return {
    name: "recoque-headers-file",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "_headers",
        source: `/*\n${all}\n\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/sw.js\n  Cache-Control: no-cache\n`,
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __BUILD_ID__: JSON.stringify(buildId()) },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
  plugins: [
    headersFile(),
    offline.plugin,
    ocrAssets(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        id: "/",
        name: "Recoque — Ville de Paris",
        short_name: "Recoque",
        description: "Alertes canicule, accès aux droits et registre public des algorithmes de la Ville de Paris.",
        lang: "fr",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "any",
        background_color: "#ffffff",
        theme_color: "#16357a",
        categories: ["government", "health", "utilities"],
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icons/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
        shortcuts: [
          { name: "Canicule", url: "/canicule", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
          { name: "Mes droits", url: "/droits", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself.
        globPatterns: ["index.html", "assets/*.{js,css}"],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => offline.precached(entry.url)), warnings: [] })],
        // The first visit is controlled as soon as the service worker is active, so that what the page fetches
        // next is cached (web/src/app/offline.ts). An update still waits for the person's agreement.
        clientsClaim: true,
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/cdn-cgi\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith(".wasm"),
            handler: "CacheFirst",
            options: { cacheName: "recoque-ort-wasm", expiration: { maxEntries: 2 } },
          },
          // The console's code, once an agent has opened it: it keeps working until the agent accepts an update,
          // even after a deployment has removed the files of the version the page runs.
          {
            urlPattern: ({ url }) => url.pathname.startsWith("/assets/") && /\.(js|css)$/.test(url.pathname),
            handler: "CacheFirst",
            options: { cacheName: "recoque-console-assets", expiration: { maxEntries: 60 } },
          },
          {
            urlPattern: ({ url }) => /^\/api\/v1\/models\/[^/]+\/[^/]+\/(model\.onnx|context\.json)$/.test(url.pathname),
            handler: "CacheFirst",
            options: { cacheName: "recoque-models", expiration: { maxEntries: 20 } },
          },
          {
            // Public data a citizen page shows offline: the heat and climate statuses, the algorithm register.
            urlPattern: ({ url }) => ["/api/v1/heat/status", "/api/v1/climate/status", "/api/v1/register"].includes(url.pathname),
            handler: "NetworkFirst",
            options: { cacheName: "recoque-public-data", networkTimeoutSeconds: 6, expiration: { maxEntries: 10 } },
          },
        ],
      },
    }),
  ],
});
