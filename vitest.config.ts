// `npm test` runs every project: models toolchain and shared code (Node), the Worker (inside workerd),
// and the web app in Debian's Chromium against a real `wrangler dev`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["./vitest.models.config.ts", "./vitest.workers.config.ts", "./vitest.browser.config.ts"],
  },
});
