// Builds Météo-France vigilance maps in the exact layout of the DPVigilance "carte vigilance en cours" product
// (`GET /public/DPVigilance/v1/cartevigilance/encours`), for the tests, the demo seed and the replays: every field
// the product carries (product header, periods J and J1 with their validity, texts, one `domain_ids` entry per
// metropolitan département plus the national FRA entry and coastal strips, per-phenomenon items with their
// chronology, colour counts, meta). What each map says is a scenario of ours, except where a caller gives real
// colours (the heat archive of 2023-2025). Layout and its sources: domain/climate/vigilance/README.md.
import { PHENOMENON_IDS, PHENOMENA, type Phenomenon, type PhenomenonId } from "../../../../domain/climate/vigilance/phenomena.ts";

/** The 96 metropolitan départements, as the product's `domain_id` codes them. */
export const METROPOLITAN_DEPARTEMENTS: readonly string[] = [
  ...Array.from({ length: 19 }, (_, i) => String(i + 1).padStart(2, "0")),
  "2A", "2B",
  ...Array.from({ length: 75 }, (_, i) => String(i + 21)),
];

/** A few coastal strips (four-digit domains), which the product lists beside the départements. */
const COASTAL_STRIPS = ["0610", "1310", "2910", "3310", "5010", "6210"];
const MOUNTAIN = new Set(["04", "05", "06", "09", "2A", "2B", "31", "38", "64", "65", "66", "73", "74"]);
const COASTAL = new Set(["06", "11", "13", "14", "17", "22", "29", "2A", "2B", "30", "33", "34", "35", "40", "44", "50", "56", "59", "62", "64", "66", "76", "80", "83", "85"]);
const COLOUR_NAMES = ["Vert", "Jaune", "Orange", "Rouge"];

/** Colour ids 1 (green) … 4 (red), by phenomenon, for one département. */
export type Colours = Partial<Record<Phenomenon, 1 | 2 | 3 | 4>>;

export interface PeriodSpec {
  /** The calendar day in Paris the period covers. */
  day: string;
  /** Colours by département; any phenomenon not given is green. */
  colours?: Record<string, Colours>;
}

export interface MapSpec {
  /** `product.update_time` (UTC), e.g. 2026-02-10T04:58:47Z (maps are issued at 6:00 and 16:00 Paris time). */
  updateTime: string;
  /** J, and J1 unless the map is issued between midnight and 6:00 (the product then holds J only). */
  periods: [PeriodSpec] | [PeriodSpec, PeriodSpec];
  /** Whether the seasonal phenomena are assessed: heatwave 1 June – 15 September, extreme cold 1 November – 31 March. */
  seasonal?: Partial<Record<"heatwave" | "extreme-cold", boolean>>;
}

const parisClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
/** The instant (UTC, as the product writes it) of a wall-clock time in Paris, e.g. ("2026-02-10", "06:00"). */
function parisTime(day: string, time: string): string {
  const wanted = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}, ${time}`;
  for (const offset of ["+01:00", "+02:00"]) {
    const instant = new Date(`${day}T${time}:00${offset}`);
    if (parisClock.format(instant) === wanted) return instant.toISOString().replace(".000Z", "Z");
  }
  throw new RangeError(`${day} ${time} does not exist in Paris`);
}
const midnight = (day: string) => parisTime(day, "00:00");
const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function inSeason(day: string, phenomenon: "heatwave" | "extreme-cold"): boolean {
  const md = day.slice(5);
  return phenomenon === "heatwave" ? md >= "06-01" && md <= "09-15" : md >= "11-01" || md <= "03-31";
}

function phenomenaOf(departement: string, day: string, spec: MapSpec): Phenomenon[] {
  return PHENOMENON_IDS.map((id) => PHENOMENA[id]).filter((p) => {
    if (p === "avalanches") return MOUNTAIN.has(departement);
    if (p === "coastal-flood") return COASTAL.has(departement);
    if (p === "heatwave" || p === "extreme-cold") return spec.seasonal?.[p] ?? inSeason(day, p);
    return true;
  });
}

const idOf = (p: Phenomenon) => PHENOMENON_IDS.find((id) => PHENOMENA[id] === p) as PhenomenonId;

function period(echeance: "J" | "J1", periodSpec: PeriodSpec, begin: string, spec: MapSpec) {
  const end = midnight(nextDay(periodSpec.day));
  const domains = METROPOLITAN_DEPARTEMENTS.map((departement) => {
    const colours = periodSpec.colours?.[departement] ?? {};
    const items = phenomenaOf(departement, periodSpec.day, spec).map((p) => {
      const colour = colours[p] ?? 1;
      // Floods carry no chronology: their colour is the period's highest (descriptif technique, carte section).
      const timelaps = p === "flood" ? [] : [{ begin_time: begin, end_time: end, color_id: colour }];
      return { phenomenon_id: String(idOf(p)), phenomenon_max_color_id: colour, timelaps_items: timelaps };
    });
    return { domain_id: departement, max_color_id: Math.max(...items.map((i) => i.phenomenon_max_color_id)), phenomenon_items: items };
  });
  const coastal = COASTAL_STRIPS.map((strip) => ({ domain_id: strip, max_color_id: 1, phenomenon_items: [] }));
  const national = { domain_id: "FRA", max_color_id: Math.max(...domains.map((d) => d.max_color_id)), phenomenon_items: [] };
  const count = (colour: number, list: { max_color_id: number }[]) => list.filter((d) => d.max_color_id === colour).length;
  return {
    echeance,
    begin_validity_time: begin,
    end_validity_time: end,
    text_items: { title: `Vigilance météorologique pour ${echeance === "J" ? "aujourd'hui" : "demain"}`, text: [] as string[] },
    timelaps: { domain_ids: [...domains, national, ...coastal] },
    max_count_items: [1, 2, 3, 4].map((c) => ({ color_id: c, color_name: COLOUR_NAMES[c - 1], count: count(c, domains), text_count: String(count(c, domains)) })),
    per_phenomenon_items: PHENOMENON_IDS.map((id) => {
      const colours = domains.flatMap((d) => d.phenomenon_items.filter((i) => i.phenomenon_id === String(id)).map((i) => i.phenomenon_max_color_id));
      return {
        phenomenon_id: String(id),
        any_color_count: colours.filter((c) => c > 1).length,
        phenomenon_counts: [2, 3, 4].map((c) => ({ color_id: c, color_name: COLOUR_NAMES[c - 1], count: colours.filter((x) => x === c).length })),
      };
    }),
  };
}

/** A vigilance map in the product's layout. */
export function buildVigilanceMap(spec: MapSpec) {
  const [today, tomorrow] = spec.periods;
  const periods = [period("J", today, spec.updateTime, spec)];
  if (tomorrow) periods.push(period("J1", tomorrow, midnight(tomorrow.day), spec));
  return {
    product: {
      warning_type: "vigilance",
      type_cdp: "cdp_carte_externe",
      version_vigilance: "V6",
      version_cdp: "1.0.0",
      update_time: spec.updateTime,
      domain_id: "FRA",
      global_max_color_id: String(Math.max(...periods.flatMap((p) => p.timelaps.domain_ids.map((d) => d.max_color_id)))),
      periods,
    },
    meta: {
      snapshot_id: `recoque-fixture-${spec.updateTime.replace(/\D/g, "")}`,
      product_datetime: spec.updateTime,
      generation_timestamp: spec.updateTime,
    },
  };
}

/** The map Météo-France would issue at 6:00 Paris time on `day`, with `today` and `tomorrow` colours for Paris and its inner ring. */
export function parisMap(day: string, today: Colours, tomorrow: Colours = today): ReturnType<typeof buildVigilanceMap> {
  const ring = (colours: Colours) => Object.fromEntries(["75", "92", "93", "94"].map((d) => [d, colours]));
  return buildVigilanceMap({
    updateTime: parisTime(day, "06:00"),
    periods: [{ day, colours: ring(today) }, { day: nextDay(day), colours: ring(tomorrow) }],
  });
}
