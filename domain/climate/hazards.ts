// The climate hazards Recoque alerts on, and what each one does: which vigilance phenomena of Météo-France raise
// it, whether an alert episode calls the people of the register (heat and cold) or only sends advice (floods,
// pollution, storms), and who is told. One list for the Worker, the pages and the evaluation. Shared code.
import type { Phenomenon } from "./vigilance/phenomena.ts";

export const HAZARDS = ["heat", "cold", "flood", "pollution", "storm"] as const;
export type Hazard = (typeof HAZARDS)[number];

/** The official inputs received beside the temperature forecast: vigilance maps, Seine observations, pollution bulletins. */
export const CLIMATE_INPUT_KINDS = ["vigilance", "flood", "pollution"] as const;
export type ClimateInputKind = (typeof CLIMATE_INPUT_KINDS)[number];

export const isHazard = (value: unknown): value is Hazard => typeof value === "string" && (HAZARDS as readonly string[]).includes(value);

export interface HazardPolicy {
  /** Vigilance phenomena whose colour for the département raises the hazard's level (the highest counts). */
  vigilance: readonly Phenomenon[];
  /** An alert episode starts call rounds (risk-ranked call lists); otherwise it only sends advice messages. */
  calls: boolean;
  /** Chosen when registering unless the person unticks it (pollution and storm advice is opt-in). */
  chosenByDefault: boolean;
  /** Only people living in these arrondissements are told (floods: the riverside ones), null for all. */
  arrondissements: readonly number[] | null;
}

/**
 * Paris arrondissements with a bank on the Seine (1st, 4th to 8th, 12th, 13th, 15th, 16th), read from the
 * arrondissement map of opendata.paris.fr: the people told of a Seine flood.
 */
export const RIVERSIDE_ARRONDISSEMENTS: readonly number[] = [1, 4, 5, 6, 7, 8, 12, 13, 15, 16];

export const HAZARD_POLICIES: Record<Hazard, HazardPolicy> = {
  heat: { vigilance: ["heatwave"], calls: true, chosenByDefault: true, arrondissements: null },
  cold: { vigilance: ["extreme-cold"], calls: true, chosenByDefault: true, arrondissements: null },
  flood: { vigilance: ["flood"], calls: false, chosenByDefault: true, arrondissements: RIVERSIDE_ARRONDISSEMENTS },
  pollution: { vigilance: [], calls: false, chosenByDefault: false, arrondissements: null },
  storm: { vigilance: ["wind", "thunderstorms"], calls: false, chosenByDefault: false, arrondissements: null },
};

export const hazardsChosenByDefault = () => HAZARDS.filter((h) => HAZARD_POLICIES[h].chosenByDefault);
