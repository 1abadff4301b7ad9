// `npm test` and `npm run test:fast`: the type check, the import boundaries (dependency-cruiser), the unused-code
// check (knip) and the Vitest projects at once, each line of their output prefixed with the task's name, then one
// summary line per task with its time; exits non-zero if any task failed.
// `--fast` leaves out the browser project (no PWA build, no wrangler dev, no Chromium) for the edit-test loop.
//
// Why separate processes: the browser project runs its files one after the other against one `wrangler dev`,
// and Vitest runs such a project only after the parallel ones. As its own process it runs alongside them.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

interface Task {
  name: string;
  command: string[];
}

const fast = process.argv.includes("--fast");
const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
/** The checks run as their package.json scripts, so `npm run <script>` alone does the same. */
const npmScript = (name: string) => ["npm", "run", "-s", name];

const tasks: Task[] = [
  { name: "typecheck", command: npmScript("typecheck") },
  { name: "boundaries", command: npmScript("check:boundaries") },
  { name: "unused", command: npmScript("check:unused") },
  { name: "node+worker", command: [bin("vitest"), "run", "--project", "node", "--project", "worker"] },
  ...(fast ? [] : [{ name: "browser", command: [bin("vitest"), "run", "--project", "browser"] }]),
];

const width = Math.max(...tasks.map((t) => t.name.length));
const color = process.stdout.isTTY ? { FORCE_COLOR: "1" } : {};

function run(task: Task): Promise<{ task: Task; code: number; seconds: number }> {
  const started = Date.now();
  const child = spawn(task.command[0], task.command.slice(1), { env: { ...process.env, ...color }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `${task.name.padEnd(width)} │ `;
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on("line", (line) => process.stdout.write(`${prefix}${line}\n`));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ task, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 })));
}

const results = await Promise.all(tasks.map(run));
console.log("");
for (const { task, code, seconds } of results) console.log(`${task.name.padEnd(width)}  ${code === 0 ? "passed" : `FAILED (exit ${code})`}  ${seconds.toFixed(0)} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
