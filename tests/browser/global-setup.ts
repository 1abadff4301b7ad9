// Starts the local stack for the browser tests: the PWA built into a folder of its own, a fresh local D1
// (own persistence folder, migrated), `wrangler dev` on a free port with a test JWT secret, and hands its URL and secret to the tests.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    jwtSecret: string;
    persistDir: string;
  }
}

const root = fileURLToPath(new URL("../../", import.meta.url));
const wrangler = join(root, "node_modules/.bin/wrangler");
const JWT_SECRET = "browser-tests-secret-0123456789abcdef0123456789";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

let dev: ChildProcess | undefined;
let persistDir = "";

export async function setup(project: TestProject) {
  chromiumPath();
  persistDir = mkdtempSync(join(tmpdir(), "recoque-browser-"));
  const assetsDir = join(persistDir, "web");
  execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--config", "web/vite.config.ts", "--outDir", assetsDir, "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistDir], { cwd: root, stdio: "ignore" });
  const port = await freePort();
  dev = spawn(
    wrangler,
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistDir, "--assets", assetsDir, "--var", `JWT_SECRET:${JWT_SECRET}`, "--show-interactive-dev-session=false"],
    { cwd: root, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let stderr = "";
  dev.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).status < 500) break;
    } catch {
      /* starting */
    }
    if (i > 300 || dev.exitCode !== null) throw new Error(`wrangler dev did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("jwtSecret", JWT_SECRET);
  project.provide("persistDir", persistDir);
}

export async function teardown() {
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  if (persistDir) rmSync(persistDir, { recursive: true, force: true });
}
