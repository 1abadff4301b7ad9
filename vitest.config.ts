// `npm test` runs every project: models and shared domain code (Node), the Worker (inside workerd),
// and the web app in Debian's Chromium against a real `wrangler dev`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["./vitest.node.config.ts", "./vitest.workers.config.ts", "./vitest.browser.config.ts"],
  },
});
