// A throwaway local stack for tests and benchmarks: the PWA built into a folder of its own, a fresh local
// D1 (own persistence folder, migrated), and `wrangler dev` on a free port with a given JWT secret.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => join(root, "node_modules/.bin", name);

export interface LocalStack {
  baseUrl: string;
  persistDir: string;
  jwtSecret: string;
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

export async function startLocalStack({ jwtSecret = "local-stack-secret-0123456789abcdef0123456789" } = {}): Promise<LocalStack> {
  const persistDir = mkdtempSync(join(tmpdir(), "recoque-stack-"));
  const assetsDir = join(persistDir, "web");
  execFileSync(bin("vite"), ["build", "--config", "web/vite.config.ts", "--outDir", assetsDir, "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  execFileSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistDir], { cwd: root, stdio: "ignore" });
  const port = await freePort();
  const dev = spawn(
    bin("wrangler"),
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistDir, "--assets", assetsDir, "--var", `JWT_SECRET:${jwtSecret}`, "--show-interactive-dev-session=false"],
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
  return { baseUrl, persistDir, jwtSecret, stop };
}
