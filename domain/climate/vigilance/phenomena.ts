// The nine phenomena of Météo-France's vigilance map (carte product, `phenomenon_id` "1" … "9"), as the
// "Descriptif technique des informations Vigilance METROPOLE – flux public" numbers them (sources in README.md).
// Shared code.

export const PHENOMENA = {
  1: "wind",
  2: "rain-flood",
  3: "thunderstorms",
  4: "flood",
  5: "snow-ice",
  6: "heatwave",
  7: "extreme-cold",
  8: "avalanches",
  9: "coastal-flood",
} as const;

export type PhenomenonId = keyof typeof PHENOMENA;
export type Phenomenon = (typeof PHENOMENA)[PhenomenonId];

export const PHENOMENON_IDS = Object.keys(PHENOMENA).map(Number) as PhenomenonId[];

export const isPhenomenonId = (id: number): id is PhenomenonId => Object.hasOwn(PHENOMENA, id);

