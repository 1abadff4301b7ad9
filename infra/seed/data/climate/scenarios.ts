// Documents the climate replays send, day by day, through the running stack's ops routes. Heat and cold replay the
// real Paris-Montsouris series as perfect forecasts (infra/scripts/replay-client.ts) and, for 2023-2025 summers, the
// real heat vigilance of every département (heat-vigilance-archive.ts). Floods, pollution and storms are scenarios of
// ours in the feeds' exact layouts: the Seine's shape follows the June 2016 flood at Austerlitz, whose 6.10 m peak on
// 3 June is the published figure (the other days are our interpolation); the pollution and wind days are invented.
import { addDays } from "../../../../domain/time/days";
import { parisMap, type Colours } from "./vigilance-maps";

/** Seine heights at Paris-Austerlitz, metres, one a day at 07:00 UTC: the June 2016 flood's shape. */
export const SEINE_JUNE_2016: Record<string, number> = {
  "2016-05-30": 2.1, "2016-05-31": 2.9, "2016-06-01": 4.3, "2016-06-02": 5.4, "2016-06-03": 6.1, "2016-06-04": 5.95,
  "2016-06-05": 5.4, "2016-06-06": 4.6, "2016-06-07": 3.8, "2016-06-08": 3.1, "2016-06-09": 2.6, "2016-06-10": 2.2,
};

/** A Hub'Eau `observations_tr` document for Austerlitz with the day's height (millimetres, as Hub'Eau gives them). */
export function seineDocument(day: string): unknown | null {
  const height = SEINE_JUNE_2016[day];
  if (height === undefined) return null;
  return {
    count: 1,
    first: "https://hubeau.eaufrance.fr/api/v2/hydrometrie/observations_tr?code_entite=F700000103&grandeur_hydro=H",
    api_version: "2.0.1",
    data: [{ code_site: "F7000001", code_station: "F700000103", grandeur_hydro: "H", date_obs: `${day}T07:00:00Z`, resultat_obs: Math.round(height * 1000), code_qualification_obs: 16, libelle_qualification_obs: "Non qualifiée" }],
  };
}

/** Daily PM10 means of a winter episode (µg/m³): information days, then two alert days on persistence. */
const PM10_EPISODE = [32, 48, 56, 61, 72, 44, 28];

/** The bulletin issued on `day` of the replay starting on `from`: yesterday observed, today and tomorrow forecast. */
export function pollutionBulletin(from: string, day: string) {
  const index = Math.round((Date.parse(day) - Date.parse(from)) / 86_400_000);
  const value = (k: number) => PM10_EPISODE[Math.min(Math.max(index + k, 0), PM10_EPISODE.length - 1)];
  return {
    source: "Scénario de bulletin de pollution (Recoque, format du README)",
    issuedAt: `${day}T11:00:00+01:00`,
    zone: "75",
    days: [
      { date: addDays(day, -1), kind: "observed", pm10: value(-1) },
      { date: day, kind: "forecast", pm10: value(0) },
      { date: addDays(day, 1), kind: "forecast", pm10: value(1) },
    ],
  };
}

/** Wind vigilance colours for Paris over a storm: yellow, orange, orange, yellow, then green. */
const WIND: (1 | 2 | 3 | 4)[] = [2, 3, 3, 2, 1];

export function stormMap(from: string, day: string) {
  const index = Math.round((Date.parse(day) - Date.parse(from)) / 86_400_000);
  const colour = (k: number) => WIND[Math.min(index + k, WIND.length - 1)];
  const today: Colours = { wind: colour(0) };
  return parisMap(day, today, { wind: colour(1) });
}
