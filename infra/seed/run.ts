// Applies every seed to the local D1 database (`wrangler d1 execute --local`), in one file per seed.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seeds } from "./index";

const root = fileURLToPath(new URL("../../", import.meta.url));
const wrangler = `${root}node_modules/.bin/wrangler`;

export function seedLocalDatabase(): void {
  mkdirSync(`${root}.wrangler/seed`, { recursive: true });
  for (const seed of seeds) {
    const file = `${root}.wrangler/seed/${seed.name}.sql`;
    const statements = seed.statements();
    writeFileSync(file, statements.join("\n"));
    execFileSync(wrangler, ["d1", "execute", "DB", "--local", "--file", file], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    console.log(`  seeded ${seed.name} (${statements.length} statements)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) seedLocalDatabase();
