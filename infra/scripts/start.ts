// `npm start`: the whole local stack. Builds the model registry index and the PWA, migrates and seeds the
// local D1 database, runs `wrangler dev` (Worker, queues, cron handlers, static PWA) on 127.0.0.1:8787,
// and prints the URLs and a local token per agent role once the Worker answers.
import { execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ROLES, type Role } from "../../domain/contracts/roles";
import { signAgentToken } from "../../workers/src/platform/auth";
import { apiSeeds } from "../seed/index";
import { seedLocalDatabase } from "../seed/run";
import { localJwtSecret } from "./dev-vars";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT ?? 8787);
const origin = `http://${HOST}:${PORT}`;

const secret = localJwtSecret();
console.log("1/4 Building the model registry index and the web app…");
run("npm", ["run", "--silent", "build"]);
console.log("2/4 Applying D1 migrations to the local database…");
run(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local"]);
console.log("3/4 Seeding demo data (idempotent)…");
seedLocalDatabase();
console.log(`4/4 Starting wrangler dev on ${origin}…`);

const dev = spawn(bin("wrangler"), ["dev", "--ip", HOST, "--port", String(PORT), "--show-interactive-dev-session=false"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

async function waitForWorker(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${origin}/api/v1/health`)).status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("wrangler dev did not answer within 2 minutes");
}

await waitForWorker();
const token = (role: Role) => signAgentToken({ id: `${role}.seed`, roles: [role] }, secret);
for (const seed of apiSeeds) {
  try {
    console.log(`  seeded ${seed.name} through the API: ${await seed.run(origin, token)}`);
  } catch (error) {
    console.error(`  seed ${seed.name} failed: ${String(error)}`);
  }
}
const tokens = await Promise.all(ROLES.map(async (role) => [role, await signAgentToken({ id: `${role}.local`, roles: [role] }, secret)] as const));
console.log(`
Recoque is running (Ctrl+C to stop).
  Citizen app        ${origin}/
  Agent console      ${origin}/agent
  API reference      ${origin}/api/docs   (OpenAPI: ${origin}/api/openapi.json)
  Health             ${origin}/api/v1/health
  Run a cron by hand ${origin}/cdn-cgi/handler/scheduled?cron=*/30+*+*+*+*

Local agent tokens (valid 8 hours; new ones: npm run token -- --role <role>):
${tokens.map(([role, token]) => `  ${role.padEnd(13)} ${token}`).join("\n")}
`);
