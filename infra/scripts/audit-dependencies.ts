// `npm audit --omit=dev` with a verdict: exits 1 when a production dependency has a high or critical
// vulnerability that is not an accepted exception below (each exception is explained in docs/trust.md), 2 when
// the registry's audit endpoint cannot be reached (that is no verdict), 0 otherwise. Run it in CI:
// `npm run audit:prod`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Advisories accepted for now, by package name, with the reason (also in docs/trust.md). None today. */
export const ACCEPTED: Record<string, string> = {};

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number>; dependencies?: { prod?: number } };
  error?: { code?: string; summary?: string };
  /** What npm prints instead of a report when the endpoint answers with an HTTP error. */
  message?: string;
}

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8" });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit gave no report:\n${run.stderr}`);
  process.exit(2);
}
if (!report.metadata) {
  console.error(`The audit endpoint could not be reached: ${report.error?.summary || report.error?.code || report.message || run.stderr.trim()}`);
  process.exit(2);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === "high" || v.severity === "critical");
const unexplained = serious.filter(([name]) => !(name in ACCEPTED));
console.log(`npm audit --omit=dev: ${JSON.stringify(report.metadata.vulnerabilities)}`);
for (const [name, v] of serious) console.log(`  ${v.severity} ${name}${name in ACCEPTED ? ` — accepted: ${ACCEPTED[name]}` : ""}`);
process.exit(unexplained.length ? 1 : 0);
