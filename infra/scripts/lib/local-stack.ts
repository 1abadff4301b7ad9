// A throwaway local stack for tests and benchmarks: the PWA built into a folder of its own, a fresh local
// D1 (own persistence folder, migrated, optionally with the demo seeds), and `wrangler dev` on a free port with
// a given JWT secret and a fresh development keyring for the register's health factors. `publish` rebuilds the PWA into the folder served, as a deployment of a new version would.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Role } from "../../../domain/contracts/roles";
import { signAgentToken } from "../../../workers/src/platform/auth";
import { apiSeeds, seeds } from "../../seed/index";
import { devHealthKeyring } from "../dev-vars";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = (name: string) => join(root, "node_modules/.bin", name);

export interface LocalStack {
  baseUrl: string;
  persistDir: string;
  jwtSecret: string;
  /** Rebuilds the PWA with this build id into the folder `wrangler dev` serves. */
  publish(buildId: string): void;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

interface Options {
  jwtSecret?: string;
  /** The build id shown in the app's footer (default: the git commit). */
  buildId?: string;
  /** Applies the demo seeds (infra/seed): SQL before the Worker starts, API seeds once it answers. */
  seed?: boolean;
}

export async function startLocalStack({ jwtSecret = "local-stack-secret-0123456789abcdef0123456789", buildId, seed = false }: Options = {}): Promise<LocalStack> {
  const persistDir = mkdtempSync(join(tmpdir(), "recoque-stack-"));
  const assetsDir = join(persistDir, "web");
  const publish = (id?: string) =>
    execFileSync(bin("vite"), ["build", "--config", "web/vite.config.ts", "--outDir", assetsDir, "--logLevel", "error"], {
      cwd: root,
      stdio: "inherit",
      env: id ? { ...process.env, RECOQUE_BUILD_ID: id } : process.env,
    });
  publish(buildId);
  execFileSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistDir], { cwd: root, stdio: "ignore" });
  if (seed) applySqlSeeds(persistDir);
  const port = await freePort();
  const dev = spawn(
    bin("wrangler"),
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistDir, "--assets", assetsDir, "--var", `JWT_SECRET:${jwtSecret}`, "--var", `HEALTH_FACTORS_KEYS:${devHealthKeyring()}`, "--show-interactive-dev-session=false"],
    { cwd: root, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let stderr = "";
  dev.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (dev.pid && dev.exitCode === null) {
      try {
        process.kill(-dev.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    rmSync(persistDir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/ping`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 400 || dev.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev did not start:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (seed) {
    const token = (role: Role) => signAgentToken({ id: `${role}.seed`, roles: [role] }, jwtSecret);
    for (const apiSeed of apiSeeds) await apiSeed.run(baseUrl, token);
  }
  return { baseUrl, persistDir, jwtSecret, publish, stop };
}

function applySqlSeeds(persistDir: string) {
  for (const sqlSeed of seeds) {
    const file = join(persistDir, `${sqlSeed.name}.sql`);
    writeFileSync(file, sqlSeed.statements().join("\n"));
    execFileSync(bin("wrangler"), ["d1", "execute", "DB", "--local", "--persist-to", persistDir, "--file", file], { cwd: root, stdio: "ignore" });
  }
}
