// Types only the Worker tests need: bindings added by vitest.workers.config.ts, and the main module (so
// `exports.default` from "cloudflare:workers" is typed as the Worker entry).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import("../../workers/src/index");
  }
}
