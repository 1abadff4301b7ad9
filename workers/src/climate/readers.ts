// The official inputs other than the temperature forecast, read as their feeds publish them and turned into what
// Recoque keeps: the Météo-France vigilance map (its Paris part and each hazard's level for J and J1), the Seine's
// heights at Paris-Austerlitz (Hub'Eau or Vigicrues; the latest height's level for its day), a pollution bulletin
// (each day's level). Each reader gives the input to store, or every problem with the field it concerns.
import { floodLevel, readSeineObservations, AUSTERLITZ } from "../../../domain/climate/flood/seine";
import { HAZARDS, HAZARD_POLICIES } from "../../../domain/climate/hazards";
import { pollutionLevels, readPollutionBulletin } from "../../../domain/climate/pollution/episodes";
import { hazardVigilance, readVigilanceMap } from "../../../domain/climate/vigilance/map";
import { type FieldProblem } from "../../../domain/heat/forecast";
import type { ClimateInputKind } from "../../../domain/climate/hazards";
import { parisDay } from "../../../domain/time/paris";
import type { InputLevels } from "./levels";

export type InputKind = ClimateInputKind;

export interface ClimateInput {
  kind: InputKind;
  departement: string;
  source: string;
  issuedAt: string;
  issueDay: string;
  /** What the rules read, kept with the input. */
  body: unknown;
  levels: InputLevels;
}

export type Read = { ok: true; input: ClimateInput } | { ok: false; problems: FieldProblem[] };

/** The vigilance map's part for one département, and the level of each hazard it raises. */
export function vigilanceInput(document: unknown, departement: string): Read {
  const read = readVigilanceMap(document);
  if (!read.ok) return read;
  const { map } = read;
  const today = map.periods.find((p) => p.echeance === "J")!;
  const levels: InputLevels = {};
  for (const hazard of HAZARDS.filter((h) => HAZARD_POLICIES[h].vigilance.length > 0)) {
    const days = hazardVigilance(map, departement, hazard);
    // A hazard none of whose phenomena the map assessed (heatwave and extreme cold out of season) is not graded by it.
    if (days.every((d) => d.level === null)) continue;
    levels[hazard] = days.map((d) => ({ day: d.day, level: d.level, detail: { echeance: d.echeance, phenomena: d.phenomena } }));
  }
  return {
    ok: true,
    input: {
      kind: "vigilance",
      departement,
      source: `Météo-France, carte de vigilance${map.snapshotId ? ` ${map.snapshotId}` : ""}`,
      issuedAt: map.updateTime,
      issueDay: today.day,
      body: { updateTime: map.updateTime, snapshotId: map.snapshotId, periods: map.periods.map((p) => ({ echeance: p.echeance, day: p.day, departement: p.departements[departement] ?? null })) },
      levels,
    },
  };
}

/** The Seine's heights at Austerlitz (the last 48 kept), and the level of the latest one for its day in Paris. */
export function floodInput(document: unknown, source: string): Read {
  const read = readSeineObservations(document);
  if (!read.ok) return read;
  const latest = read.observations.at(-1)!;
  const day = parisDay(latest.observedAt);
  return {
    ok: true,
    input: {
      kind: "flood",
      departement: "75",
      source,
      issuedAt: latest.observedAt,
      issueDay: day,
      body: { station: AUSTERLITZ, observations: read.observations.slice(-48) },
      levels: { flood: [{ day, level: floodLevel(latest.heightM), detail: { heightM: latest.heightM, observedAt: latest.observedAt } }] },
    },
  };
}

/** A pollution bulletin, and the level of each of its days. */
export function pollutionInput(document: unknown): Read {
  const read = readPollutionBulletin(document);
  if (!read.ok) return read;
  const { bulletin } = read;
  const issueDay = parisDay(bulletin.issuedAt);
  return {
    ok: true,
    input: {
      kind: "pollution",
      departement: bulletin.zone,
      source: bulletin.source,
      issuedAt: new Date(bulletin.issuedAt).toISOString(),
      issueDay,
      body: bulletin,
      levels: { pollution: pollutionLevels(bulletin, issueDay).map((d) => ({ day: d.date, level: d.level, detail: { episodes: d.episodes } })) },
    },
  };
}
