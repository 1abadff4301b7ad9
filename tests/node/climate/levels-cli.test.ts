// The evaluation command prints one JSON line per day with the Worker's code: on the 2023-2025 summers its heat
// levels, joined with Météo-France's vigilance for Paris, catch the 14 official orange-or-red days with 2 alerts
// on official green days (the figures of levels.md), cold levels follow the cold rule, and bad arguments are refused.
import { execFileSync, spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { loadVigilance } from "../../../domain/heat/evaluation/real-data.ts";

const run = (...args: string[]) => spawnSync("npx", ["tsx", "domain/climate/evaluation/levels-cli.ts", ...args], { encoding: "utf8" });
const lines = (out: string) => out.trim().split("\n").map((l) => JSON.parse(l) as { date: string; level: string | null });

test("heat levels of the 2023-2025 summers against the official vigilance: 14 of 14 caught, 2 alerts on green days", () => {
  const days = lines(execFileSync("npx", ["tsx", "domain/climate/evaluation/levels-cli.ts", "--hazard", "heat", "--from", "2023-04-30", "--to", "2025-09-16"], { encoding: "utf8" }));
  const official = loadVigilance("75");
  const alert = (l: string | null | undefined) => l === "orange" || l === "red";
  const graded = days.filter((d) => official.has(d.date));
  expect(graded).toHaveLength(350);
  expect(graded.filter((d) => alert(official.get(d.date)) && alert(d.level))).toHaveLength(14);
  expect(graded.filter((d) => alert(official.get(d.date)))).toHaveLength(14);
  expect(graded.filter((d) => official.get(d.date) === "green" && alert(d.level)).map((d) => d.date)).toEqual(["2025-06-19", "2025-07-02"]);
});

test("cold levels, null where a day cannot be graded, and a usage error for a bad hazard", () => {
  expect(lines(run("--hazard", "cold", "--from", "1985-01-14", "--to", "1985-01-15").stdout)).toEqual([
    { date: "1985-01-14", level: "red" },
    { date: "1985-01-15", level: "red" },
  ]);
  expect(lines(run("--hazard", "cold", "--from", "1949-12-31", "--to", "1950-01-01").stdout)).toEqual([
    { date: "1949-12-31", level: null },
    { date: "1950-01-01", level: null },
  ]);
  const bad = run("--hazard", "wind", "--from", "2020-01-01", "--to", "2020-01-02");
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/Usage/);
});
