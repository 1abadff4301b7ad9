// Applies the D1 migrations before the Worker tests (each test file gets its own isolated storage).
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
