// Build of the PWA (web/dist, served by Workers Static Assets). The service worker precaches the app
// shell; the ORT wasm and the on-device models are cached on first use by the pages that infer, so the
// home page never downloads them. Security headers come from the Worker's single definition.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { securityHeaders } from "../workers/src/platform/security-headers.ts";

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version: string };

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
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
  plugins: [
    headersFile(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["icons/*.svg", "icons/*.png", "api-docs.css", "robots.txt"],
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
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/cdn-cgi\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith(".wasm"),
            handler: "CacheFirst",
            options: { cacheName: "recoque-ort-wasm", expiration: { maxEntries: 2 } },
          },
          {
            urlPattern: ({ url }) => /^\/api\/v1\/models\/[^/]+\/[^/]+\/(model\.onnx|context\.json)$/.test(url.pathname),
            handler: "CacheFirst",
            options: { cacheName: "recoque-models", expiration: { maxEntries: 20 } },
          },
          {
            urlPattern: ({ url }) => url.pathname === "/api/v1/heat/status" || url.pathname === "/api/v1/register",
            handler: "NetworkFirst",
            options: { cacheName: "recoque-public-data", networkTimeoutSeconds: 6, expiration: { maxEntries: 10 } },
          },
        ],
      },
    }),
  ],
});
