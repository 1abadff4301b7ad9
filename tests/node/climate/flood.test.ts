// Seine heights at Paris-Austerlitz read from Hub'Eau (millimetres) and Vigicrues (metres), as their public
// documents carry them, and graded against Paris's thresholds: yellow from 2.50 m, orange from 3.20 m, red from
// 6.10 m (the June 2016 flood); another station, a flow series or an impossible height is refused by field.
import { expect, test } from "vitest";
import { SEINE_REFERENCES, floodLevel, readSeineObservations } from "../../../domain/climate/flood/seine.ts";

const hubeau = (heightsMm: number[], station = "F700000103") => ({
  count: heightsMm.length,
  first: "https://hubeau.eaufrance.fr/api/v2/hydrometrie/observations_tr?code_entite=F700000103&grandeur_hydro=H&page=1&size=20",
  last: null,
  prev: null,
  next: null,
  api_version: "2.0.1",
  data: heightsMm.map((h, i) => ({
    code_site: "F7000001", code_station: station, grandeur_hydro: "H", date_debut_serie: "2016-06-01T00:00:00Z", date_fin_serie: "2016-06-03T12:00:00Z",
    statut_serie: 4, code_systeme_alti_serie: 31, date_obs: `2016-06-03T${String(12 - i).padStart(2, "0")}:00:00Z`, resultat_obs: h,
    code_methode_obs: 12, libelle_methode_obs: "Mesure", code_qualification_obs: 16, libelle_qualification_obs: "Non qualifiée", continuite_obs_hydro: true,
    longitude: 2.365, latitude: 48.844,
  })),
});

test("thresholds: 2.50 m yellow, 3.20 m orange, 6.10 m red, the references red", () => {
  expect([1.2, 2.49, 2.5, 3.19, 3.2, 3.45, 6.09, 6.1].map(floodLevel)).toEqual(["green", "green", "yellow", "yellow", "orange", "orange", "orange", "red"]);
  expect(Object.values(SEINE_REFERENCES).map(floodLevel)).toEqual(["red", "red"]);
});

test("Hub'Eau heights in millimetres, newest first, come out in metres, oldest first", () => {
  const read = readSeineObservations(hubeau([6010, 5980, 5890]));
  expect(read).toEqual({
    ok: true,
    observations: [
      { station: "F700000103", observedAt: "2016-06-03T10:00:00.000Z", heightM: 5.89 },
      { station: "F700000103", observedAt: "2016-06-03T11:00:00.000Z", heightM: 5.98 },
      { station: "F700000103", observedAt: "2016-06-03T12:00:00.000Z", heightM: 6.01 },
    ],
  });
});

test("Vigicrues heights in metres with their offsets", () => {
  const read = readSeineObservations({
    VersionFlux: "Beta 0.3",
    Serie: { CdStationHydro: "F700000103", LbStationHydro: "Paris [Austerlitz]", GrdSerie: "H", ObssHydro: [{ DtObsHydro: "2018-01-29T08:00:00+01:00", ResObsHydro: 5.84 }] },
  });
  expect(read).toEqual({ ok: true, observations: [{ station: "F700000103", observedAt: "2018-01-29T07:00:00.000Z", heightM: 5.84 }] });
});

test("another station, a flow series, an impossible height or an empty series is refused by field", () => {
  expect(readSeineObservations(hubeau([1500], "H320000104"))).toMatchObject({ ok: false, problems: [{ field: "data.0.code_station" }] });
  expect(readSeineObservations(hubeau([25_000]))).toMatchObject({ ok: false, problems: [{ field: "data.0.resultat_obs" }] });
  const flow = hubeau([1500]);
  flow.data[0].grandeur_hydro = "Q";
  expect(readSeineObservations(flow)).toMatchObject({ ok: false, problems: [{ field: "data.0.grandeur_hydro" }] });
  expect(readSeineObservations({ Serie: { CdStationHydro: "F700000103", ObssHydro: [] } })).toMatchObject({ ok: false, problems: [{ field: "Serie.ObssHydro" }] });
});
