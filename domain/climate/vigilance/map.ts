// Reader of Météo-France's vigilance map as the public API publishes it (DPVigilance, `GET /cartevigilance/encours`,
// the "carte" product): periods J (today, until midnight) and J1 (tomorrow), each with one entry per département
// (`timelaps.domain_ids`) holding its highest colour and one item per phenomenon with its highest colour (1 green …
// 4 red) and its chronology. Only the fields Recoque reads are checked; the rest of the product (texts, counts)
// passes through unread. Entries that are not départements (FRA, coastal strips) are left out. A phenomenon absent
// for a département was not assessed (heatwave and extreme cold are seasonal): it is never read as green.
// Format and sources: README.md. Shared code.
import { z } from "zod";
import { type FieldProblem } from "../../heat/forecast.ts";
import { parisDay } from "../../time/paris.ts";
import type { Hazard } from "../hazards.ts";
import { HAZARD_POLICIES } from "../hazards.ts";
import { highestLevel, VIGILANCE_COLOURS, type Level } from "../levels.ts";
import { PHENOMENA, isPhenomenonId, type Phenomenon } from "./phenomena.ts";

export type Echeance = "J" | "J1";

export interface DepartementVigilance {
  /** `max_color_id`: the highest colour of every phenomenon. */
  max: Level;
  phenomena: Partial<Record<Phenomenon, Level>>;
}

export interface VigilancePeriod {
  echeance: Echeance;
  /** The calendar day in Paris the period covers. */
  day: string;
  beginValidity: string;
  endValidity: string;
  departements: Record<string, DepartementVigilance>;
}

export interface VigilanceMap {
  /** `product.update_time`: when Météo-France issued the map. */
  updateTime: string;
  snapshotId: string | null;
  periods: VigilancePeriod[];
}

/** Départements (two characters, Corsica 2A/2B); FRA and the coastal strips (four digits) are other domains. */
const DEPARTEMENT = /^(\d{2}|2A|2B)$/;

const instant = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });

/** Ids come as numbers or numeric strings (`phenomenon_id` is a string in the product, colours are numbers). */
const numericId = z.union([z.number().int(), z.string().regex(/^\d+$/, "must be a number").transform(Number)]);

const colourId = numericId.refine((c) => Object.hasOwn(VIGILANCE_COLOURS, c), "must be a colour id 1 (green) to 4 (red)");

const phenomenonId = numericId.refine(isPhenomenonId, "must be a phenomenon id 1 to 9");

const mapSchema = z.object({
  product: z.object({
    update_time: instant,
    periods: z
      .array(
        z.object({
          echeance: z.enum(["J", "J1"], { error: 'must be "J" or "J1"' }),
          begin_validity_time: instant,
          end_validity_time: instant,
          timelaps: z.object({
            domain_ids: z.array(
              z.object({
                domain_id: z.string().min(1),
                max_color_id: colourId,
                phenomenon_items: z.array(
                  z.object({
                    phenomenon_id: phenomenonId,
                    phenomenon_max_color_id: colourId,
                    timelaps_items: z.array(z.object({ begin_time: instant, end_time: instant, color_id: colourId })),
                  }),
                ),
              }),
            ),
          }),
        }),
      )
      .min(1, "needs the period J")
      .max(2),
  }),
  meta: z.object({ snapshot_id: z.string().optional() }).optional(),
});

/** Parses a vigilance map: the map, or every problem with the field it concerns. */
export function readVigilanceMap(input: unknown): { ok: true; map: VigilanceMap } | { ok: false; problems: FieldProblem[] } {
  const parsed = mapSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "(body)", message: i.message })) };
  }
  const { product, meta } = parsed.data;
  const problems: FieldProblem[] = [];
  const echeances = product.periods.map((p) => p.echeance);
  if (!echeances.includes("J")) problems.push({ field: "product.periods", message: "needs the period J" });
  if (new Set(echeances).size !== echeances.length) problems.push({ field: "product.periods", message: "holds the same period twice" });
  product.periods.forEach((period, p) => {
    if (Date.parse(period.end_validity_time) <= Date.parse(period.begin_validity_time)) {
      problems.push({ field: `product.periods.${p}.end_validity_time`, message: "is not after begin_validity_time" });
    }
  });
  if (problems.length) return { ok: false, problems };

  const periods = product.periods
    .map((period): VigilancePeriod => {
      const departements: Record<string, DepartementVigilance> = {};
      for (const domain of period.timelaps.domain_ids) {
        if (!DEPARTEMENT.test(domain.domain_id)) continue;
        const phenomena: Partial<Record<Phenomenon, Level>> = {};
        for (const item of domain.phenomenon_items) phenomena[PHENOMENA[item.phenomenon_id as keyof typeof PHENOMENA]] = VIGILANCE_COLOURS[item.phenomenon_max_color_id];
        departements[domain.domain_id] = { max: VIGILANCE_COLOURS[domain.max_color_id], phenomena };
      }
      return {
        echeance: period.echeance,
        // The period ends at midnight, Paris time: its day is the one just before the end.
        day: parisDay(new Date(Date.parse(period.end_validity_time) - 1000)),
        beginValidity: period.begin_validity_time,
        endValidity: period.end_validity_time,
        departements,
      };
    })
    .sort((a, b) => a.echeance.localeCompare(b.echeance));
  return { ok: true, map: { updateTime: product.update_time, snapshotId: meta?.snapshot_id ?? null, periods } };
}

export interface HazardVigilanceDay {
  day: string;
  echeance: Echeance;
  /** The highest colour of the hazard's phenomena for the département, null when none of them was assessed. */
  level: Level | null;
  phenomena: Partial<Record<Phenomenon, Level>>;
}

/** The vigilance of a hazard for one département, period by period (J, then J1 when the map has it). */
export function hazardVigilance(map: VigilanceMap, departement: string, hazard: Hazard): HazardVigilanceDay[] {
  return map.periods.map((period) => {
    const assessed = period.departements[departement]?.phenomena ?? {};
    const phenomena: Partial<Record<Phenomenon, Level>> = {};
    for (const name of HAZARD_POLICIES[hazard].vigilance) if (assessed[name]) phenomena[name] = assessed[name];
    return { day: period.day, echeance: period.echeance, level: highestLevel(Object.values(phenomena)), phenomena };
  });
}
