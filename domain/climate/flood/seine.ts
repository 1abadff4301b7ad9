// Seine floods in Paris: the height of the river at the Paris-Austerlitz station (Vigicrues station F700000103,
// the scale of the 1910 and 2016 floods) against the Paris thresholds, graded on the level scale through the
// impact × likelihood matrix (an observation is certain: likelihood high). Readers of the two public feeds that
// publish the station's heights: Hub'Eau hydrométrie `observations_tr` (heights in millimetres) and Vigicrues
// `observations.json` (heights in metres). Formats and sources: README.md. Shared code.
import { z } from "zod";
import type { FieldProblem } from "../../heat/forecast.ts";
import { matrixCell, type Impact, type Level } from "../levels.ts";

export const AUSTERLITZ = { code: "F700000103", name: "La Seine à Paris - Austerlitz" } as const;

/** Paris's flood thresholds at Austerlitz, metres, and the impact each one stands for. */
export const SEINE_THRESHOLDS = [
  { heightM: 2.5, impact: "low", meaning: "alerte de la préfecture de police" },
  { heightM: 3.2, impact: "medium", meaning: "mobilisation des services de la Ville" },
  { heightM: 3.45, impact: "medium", meaning: "premières fermetures des voies sur berges" },
  { heightM: 6.1, impact: "high", meaning: "dernières fermetures de voies (crue de juin 2016)" },
] as const satisfies readonly { heightM: number; impact: Impact; meaning: string }[];

/** Reference floods at Austerlitz, metres. */
export const SEINE_REFERENCES = { 1910: 8.62, 2016: 6.1 } as const;

/** Plausible heights at the Austerlitz scale, metres (the lowest water is near 0.7 m, the 1910 flood 8.62 m). */
const MIN_HEIGHT_M = -1;
const MAX_HEIGHT_M = 12;

export function floodImpact(heightM: number): Impact {
  let impact: Impact = "very-low";
  for (const t of SEINE_THRESHOLDS) if (heightM >= t.heightM - 1e-9) impact = t.impact;
  return impact;
}

/** The level of an observed height. */
export const floodLevel = (heightM: number): Level => matrixCell(floodImpact(heightM), "high").level;

export interface SeineObservation {
  station: string;
  observedAt: string;
  heightM: number;
}

const instant = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });
const height = (unit: "m" | "mm") => z.number({ error: `must be a height in ${unit}` });

const hubeauSchema = z.object({
  data: z
    .array(z.object({ code_station: z.string(), grandeur_hydro: z.literal("H", { error: 'must be "H" (height)' }), date_obs: instant, resultat_obs: height("mm") }))
    .min(1, "holds no observation"),
});

const vigicruesSchema = z.object({
  Serie: z.object({
    CdStationHydro: z.string(),
    GrdSerie: z.literal("H", { error: 'must be "H" (height)' }).optional(),
    ObssHydro: z.array(z.object({ DtObsHydro: instant, ResObsHydro: height("m") })).min(1, "holds no observation"),
  }),
});

const problemsOf = (issues: z.core.$ZodIssue[]): FieldProblem[] => issues.map((i) => ({ field: i.path.map(String).join(".") || "(body)", message: i.message }));

/**
 * The observations of a Hub'Eau or Vigicrues document for Austerlitz, oldest first; or every problem with its
 * field (a document of another station, a flow series, a height no river reaches).
 */
export function readSeineObservations(input: unknown): { ok: true; observations: SeineObservation[] } | { ok: false; problems: FieldProblem[] } {
  const isVigicrues = typeof input === "object" && input !== null && "Serie" in input;
  let observations: SeineObservation[];
  if (isVigicrues) {
    const parsed = vigicruesSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
    const { CdStationHydro: station, ObssHydro } = parsed.data.Serie;
    observations = ObssHydro.map((o) => ({ station, observedAt: new Date(o.DtObsHydro).toISOString(), heightM: o.ResObsHydro }));
  } else {
    const parsed = hubeauSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
    observations = parsed.data.data.map((o) => ({ station: o.code_station, observedAt: new Date(o.date_obs).toISOString(), heightM: o.resultat_obs / 1000 }));
  }
  const problems: FieldProblem[] = [];
  const base = isVigicrues ? "Serie.ObssHydro" : "data";
  observations.forEach((o, i) => {
    if (o.station !== AUSTERLITZ.code) problems.push({ field: isVigicrues ? "Serie.CdStationHydro" : `data.${i}.code_station`, message: `must be Paris-Austerlitz (${AUSTERLITZ.code})` });
    if (o.heightM < MIN_HEIGHT_M || o.heightM > MAX_HEIGHT_M) {
      problems.push({ field: `${base}.${i}.${isVigicrues ? "ResObsHydro" : "resultat_obs"}`, message: `is not a plausible height at Austerlitz (${MIN_HEIGHT_M} to ${MAX_HEIGHT_M} m)` });
    }
  });
  if (problems.length) return { ok: false, problems: problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i) };
  return { ok: true, observations: observations.sort((a, b) => a.observedAt.localeCompare(b.observedAt)) };
}
