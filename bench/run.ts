// `npm run bench`: every benchmark script in turn (each starts its own local stack and prints its figures
// as ratios to a reference measured in the same run). `npm run bench:web` runs the web one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const scripts = ["platform.ts", "heat.ts", "sales.ts", "rights.ts", "requests.ts", "learners.ts"].filter((s) => existsSync(`${dir}${s}`));

for (const script of scripts) {
  console.log(`\n# bench/${script}`);
  execFileSync(`${dir}../node_modules/.bin/tsx`, [`${dir}${script}`], { stdio: "inherit" });
}
